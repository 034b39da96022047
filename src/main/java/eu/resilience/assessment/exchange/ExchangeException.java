package eu.resilience.assessment.exchange;

/**
 * A refused file or download, with a message key of the UI bundles and its arguments; nothing was changed.
 */
public class ExchangeException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public ExchangeException(String messageKey, Object... arguments) {
        super(messageKey);
        this.messageKey = messageKey;
        this.arguments = arguments.clone();
    }

    public String messageKey() {
        return messageKey;
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
