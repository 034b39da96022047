package eu.resilience.assessment.assessment;

/** An organization submitted its assessment; published in the submitting transaction. */
public record AssessmentSubmitted(long assessmentId, long organizationId, String campaignName, String submittedBy) {}
