package eu.resilience.assessment.plan;

/** A refusal of the target and plan services, with a message key of the UI bundles and its arguments; nothing changed. */
public class PlanException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public PlanException(String messageKey, Object... arguments) {
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

    /** No such target or plan item, or not one the user may see: the two are answered the same. */
    public static class NotFound extends PlanException {
        public NotFound() {
            super("plan.not-found");
        }
    }
}
