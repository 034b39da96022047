package eu.resilience.assessment.organization;

/**
 * A refusal of the organization and account services, with a message key of the UI bundles and its arguments, so that
 * every screen can say clearly what was refused and why. Nothing was changed.
 */
public class OrganizationException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public OrganizationException(String messageKey, Object... arguments) {
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

    /** No such organization or user, or not one the user may see: the two are answered the same. */
    public static class NotFound extends OrganizationException {
        public NotFound() {
            super("account.not-found");
        }
    }
}
