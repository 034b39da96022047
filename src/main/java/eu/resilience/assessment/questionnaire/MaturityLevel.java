package eu.resilience.assessment.questionnaire;

/** A maturity level of a cumulative questionnaire, e.g. MIL2; rank 1 is the lowest. */
public record MaturityLevel(String id, int rank, LocalizedText name, LocalizedText description) {}
