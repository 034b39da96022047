package eu.resilience.assessment.notification;

/** A refusal of the outbox service, with a message key of the UI bundles. Nothing was changed. */
public class NotificationException extends RuntimeException {

    private final String messageKey;

    public NotificationException(String messageKey) {
        super(messageKey);
        this.messageKey = messageKey;
    }

    public String messageKey() {
        return messageKey;
    }
}
