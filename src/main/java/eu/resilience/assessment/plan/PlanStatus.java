package eu.resilience.assessment.plan;

/** Where a plan item stands; done and dropped items are closed. */
public enum PlanStatus {
    PLANNED,
    IN_PROGRESS,
    DONE,
    DROPPED;

    public boolean isClosed() {
        return this == DONE || this == DROPPED;
    }
}
