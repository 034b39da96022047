package eu.resilience.assessment.assessment;

/**
 * A refusal of the assessment services, with a message key of the UI bundles and its arguments, so that every screen can
 * say clearly and in the user's language what was refused and why. Nothing was changed.
 */
public class AssessmentException extends RuntimeException {

    private final String messageKey;
    private final transient Object[] arguments;

    public AssessmentException(String messageKey, Object... arguments) {
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

    /** No such assessment, or not one the user may see: the two are answered the same, so ids leak nothing. */
    public static class NotFound extends AssessmentException {
        public NotFound() {
            super("assessment.not-found");
        }
    }

    /** The answer was changed by someone else since the screen showed it; nothing was saved. */
    public static class StaleAnswer extends AssessmentException {
        private final AnswerState current;

        public StaleAnswer(AnswerState current) {
            super("answer.stale", current == null ? "?" : current.updatedBy());
            this.current = current;
        }

        /** The answer as it is now stored, or null when it must be read again. */
        public AnswerState current() {
            return current;
        }
    }

    /** Submission refused: the review lists what is missing. */
    public static class SubmitBlocked extends AssessmentException {
        private final transient Review review;

        public SubmitBlocked(Review review) {
            super(
                    "submit.blocked",
                    review.unanswered().size(),
                    review.naWithoutJustification().size(),
                    review.toReconfirm().size());
            this.review = review;
        }

        public Review review() {
            return review;
        }
    }
}
