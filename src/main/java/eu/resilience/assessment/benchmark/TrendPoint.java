package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.assessment.SnapshotReader.CampaignRef;

/** One campaign of a questionnaire and the whole campaign's figures in its latest release. */
public record TrendPoint(CampaignRef campaign, Release release, SliceReport all) {}
