package eu.resilience.assessment.plan;

/** The priority of a plan item. */
public enum Priority {
    HIGH,
    MEDIUM,
    LOW
}
