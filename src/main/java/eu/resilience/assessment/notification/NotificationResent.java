package eu.resilience.assessment.notification;

/** An administrator queued a failed notification again; published in that transaction. */
public record NotificationResent(long notificationId, NotificationKind kind, String recipient) {}
