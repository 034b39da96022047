package eu.resilience.assessment.report;

/** Why a report cannot be produced. */
public class ReportException extends RuntimeException {

    ReportException(String messageKey) {
        super(messageKey);
    }

    /** The campaign does not exist (or has nothing a lead may report on). */
    public static class NotFound extends ReportException {
        NotFound() {
            super("report.not-found");
        }
    }
}
