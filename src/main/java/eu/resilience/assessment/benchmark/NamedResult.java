package eu.resilience.assessment.benchmark;

/** An organization's own figures, shown by name because it consented. */
public record NamedResult(String organizationName, Population.Member figures) {}
