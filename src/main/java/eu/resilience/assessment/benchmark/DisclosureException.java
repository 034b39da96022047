package eu.resilience.assessment.benchmark;

/** A benchmark operation refused by the disclosure policy; the message is a key the screens translate. */
public class DisclosureException extends RuntimeException {

    private final transient Object[] arguments;

    public DisclosureException(String messageKey, Object... arguments) {
        super(messageKey);
        this.arguments = arguments;
    }

    public String messageKey() {
        return getMessage();
    }

    public Object[] arguments() {
        return arguments.clone();
    }
}
