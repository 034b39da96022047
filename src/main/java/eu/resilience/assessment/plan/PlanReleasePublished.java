package eu.resilience.assessment.plan;

/** A lead published a release of the plan figures; published in that transaction. */
public record PlanReleasePublished(long releaseId, int number, long cellsShown, int cells) {}
