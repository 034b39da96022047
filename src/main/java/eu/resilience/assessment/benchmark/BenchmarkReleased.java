package eu.resilience.assessment.benchmark;

/** A lead published a benchmark release of a campaign; published in the storing transaction. */
public record BenchmarkReleased(long campaignId, String campaignName, int number, int submissions) {}
