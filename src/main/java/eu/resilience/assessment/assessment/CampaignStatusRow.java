package eu.resilience.assessment.assessment;

/** One assessment's campaign and status, as the campaign list counts them. */
record CampaignStatusRow(long campaignId, long assessmentId, AssessmentStatus status) {}
