package eu.resilience.assessment.notification;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One e-mail in the outbox. Its texts are rendered when it is sent, in the recipient's language, from the kind and
 * the parameters; the secret (a password link's token) is erased once the mail is sent.
 */
@Entity
@Table(name = "notification")
class Notification {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationKind kind;

    @Column(nullable = false)
    private String recipient;

    @Column(name = "recipient_user")
    private String recipientUser;

    @Column(nullable = false)
    private String locale;

    @Column(nullable = false)
    private String subject;

    @Column(nullable = false)
    private String parameters;

    private String secret;

    @Column(name = "dedup_key")
    private String dedupKey;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private NotificationStatus status = NotificationStatus.QUEUED;

    @Column(nullable = false)
    private int attempts;

    @Column(name = "next_attempt_at", nullable = false)
    private Instant nextAttemptAt;

    @Column(name = "last_error")
    private String lastError;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "sent_at")
    private Instant sentAt;

    @Column(name = "claimed_by")
    private String claimedBy;

    @Column(name = "claimed_until")
    private Instant claimedUntil;

    protected Notification() {}

    Notification(
            NotificationKind kind,
            String recipient,
            String recipientUser,
            String locale,
            String subject,
            String parameters,
            String secret,
            String dedupKey,
            Instant createdAt) {
        this.kind = kind;
        this.recipient = recipient;
        this.recipientUser = recipientUser;
        this.locale = locale;
        this.subject = subject;
        this.parameters = parameters;
        this.secret = secret;
        this.dedupKey = dedupKey;
        this.createdAt = createdAt;
        this.nextAttemptAt = createdAt;
    }

    Long getId() {
        return id;
    }

    NotificationKind getKind() {
        return kind;
    }

    String getRecipient() {
        return recipient;
    }

    String getRecipientUser() {
        return recipientUser;
    }

    String getLocale() {
        return locale;
    }

    String getSubject() {
        return subject;
    }

    String getParameters() {
        return parameters;
    }

    String getSecret() {
        return secret;
    }

    NotificationStatus getStatus() {
        return status;
    }

    int getAttempts() {
        return attempts;
    }

    Instant getNextAttemptAt() {
        return nextAttemptAt;
    }

    String getLastError() {
        return lastError;
    }

    Instant getCreatedAt() {
        return createdAt;
    }

    Instant getSentAt() {
        return sentAt;
    }
}
