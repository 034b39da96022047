package eu.resilience.assessment.assessment;

/**
 * How one invited organization stands in a campaign, for the partnership lead: its status, whether a submission of it
 * is in force (counted in benchmarks), its own closing day when a lead extended it, and how many carried-over answers
 * are still to re-confirm.
 */
public record Participation(
        long assessmentId,
        long organizationId,
        String organizationName,
        String sector,
        AssessmentStatus status,
        String returnMessage,
        boolean submissionInForce,
        java.time.LocalDate closesOnExtended,
        int toReconfirm) {

    /** Submitted once and reopened or returned since: its submission still counts in benchmarks. */
    public boolean reopened() {
        return submissionInForce && status != AssessmentStatus.SUBMITTED;
    }
}
