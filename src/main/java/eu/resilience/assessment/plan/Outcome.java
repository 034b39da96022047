package eu.resilience.assessment.plan;

/** What the next submitted assessment says of a plan item's practice, against the answer when it was planned. */
public enum Outcome {
    /** Answered with an option of higher value than when planned. */
    IMPROVED,
    /** Answered with an option of the same or lower value. */
    NOT_IMPROVED,
    /** Not comparable: N/A, hidden, unanswered, or the practice or option is not in the newer questionnaire version. */
    NOT_COMPARABLE
}
