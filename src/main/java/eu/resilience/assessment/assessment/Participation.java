package eu.resilience.assessment.assessment;

/** How one invited organization stands in a campaign, for the partnership lead. */
public record Participation(
        long assessmentId,
        long organizationId,
        String organizationName,
        String sector,
        AssessmentStatus status,
        String returnMessage) {}
