package eu.resilience.assessment.plan;

/** A coordinator changed a plan item (as words, before and after); published in that transaction. */
public record PlanItemChanged(long itemId, long organizationId, String practiceId, String before, String after) {}
