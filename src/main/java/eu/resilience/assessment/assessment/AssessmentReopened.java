package eu.resilience.assessment.assessment;

/** A coordinator reopened a submitted assessment, with a reason; published in that transaction. */
public record AssessmentReopened(long assessmentId, long organizationId, String reason) {}
