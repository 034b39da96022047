package eu.resilience.assessment.plan;

/** A coordinator added an item to the organization's plan (the item as words); published in that transaction. */
public record PlanItemAdded(long itemId, long organizationId, String practiceId, String item) {}
