package eu.resilience.assessment.notification;

import java.time.Instant;

/**
 * A notification as the administrator's outbox screen lists it (never with its secret or body).
 *
 * @param state what the screen says: its status, or "not sent: no mail server configured"
 */
public record OutboxEntry(
        long id,
        NotificationKind kind,
        String recipient,
        String recipientUser,
        String subject,
        NotificationStatus status,
        State state,
        int attempts,
        Instant createdAt,
        Instant nextAttemptAt,
        Instant sentAt,
        String lastError) {

    /** What an administrator is told about a notification. */
    public enum State {
        QUEUED,
        RETRYING,
        SENT,
        FAILED,
        NO_MAIL_SERVER
    }

    static OutboxEntry of(Notification n, boolean mailServerConfigured) {
        State state =
                switch (n.getStatus()) {
                    case SENT -> State.SENT;
                    case FAILED -> State.FAILED;
                    case QUEUED -> !mailServerConfigured
                            ? State.NO_MAIL_SERVER
                            : n.getAttempts() > 0 ? State.RETRYING : State.QUEUED;
                };
        return new OutboxEntry(
                n.getId(),
                n.getKind(),
                n.getRecipient(),
                n.getRecipientUser(),
                n.getSubject(),
                n.getStatus(),
                state,
                n.getAttempts(),
                n.getCreatedAt(),
                n.getNextAttemptAt(),
                n.getSentAt(),
                n.getLastError());
    }
}
