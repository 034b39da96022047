package eu.resilience.assessment.plan;

/** A respondent or coordinator added a note to a plan item; published in that transaction. */
public record PlanNoteAdded(long itemId, long organizationId, String text) {}
