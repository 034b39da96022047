package eu.resilience.assessment.questionnaire;

/** A named band of averaged maturity: it applies from {@code from} up to the next band's start. */
public record Band(String id, double from, LocalizedText name, LocalizedText description) {}
