package eu.resilience.assessment.assessment;

/** What names an assessment to people: its organization (by id) and its campaign's name. */
public record AssessmentName(long assessmentId, long organizationId, String campaignName) {}
