package eu.resilience.assessment.assessment;

/** Where an assessment stands in its workflow. */
public enum AssessmentStatus {
    /** Invited, nothing answered yet. */
    NOT_STARTED,
    /** Answers are being given. */
    IN_PROGRESS,
    /** Submitted: locked, scored and snapshotted. */
    SUBMITTED,
    /** Sent back by a partnership lead for rework, with a message; answerable again. */
    RETURNED;

    public boolean isAnswerable() {
        return this != SUBMITTED;
    }
}
