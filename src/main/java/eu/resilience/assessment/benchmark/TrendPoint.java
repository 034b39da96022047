package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.assessment.SnapshotReader.CampaignRef;

/** One campaign of a questionnaire and the whole campaign's figures. */
public record TrendPoint(CampaignRef campaign, SliceReport all) {}
