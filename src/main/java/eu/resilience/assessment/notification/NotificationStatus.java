package eu.resilience.assessment.notification;

/** Where a notification stands in the outbox. */
public enum NotificationStatus {
    /** Waiting to be sent (first attempt, or a retry after a failure). */
    QUEUED,
    /** The SMTP server accepted it. */
    SENT,
    /** Every attempt failed; an administrator may send it again. */
    FAILED
}
