package eu.resilience.assessment.notification;

/** What a notification is about; each kind has its texts in the {@code mail*.properties} bundles. */
public enum NotificationKind {
    INVITATION,
    REMINDER,
    RETURNED,
    SUBMITTED,
    DIGEST,
    PASSWORD_SET,
    PASSWORD_RESET;

    /** Whether the user may turn this kind off on their profile page. */
    boolean isReminder() {
        return this == REMINDER;
    }
}
