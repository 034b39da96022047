package eu.resilience.assessment.questionnaire;

/**
 * One answer option of a scale.
 *
 * @param value contribution to the 0-100 score, in 0..1
 * @param achieved whether the option counts as achieved for cumulative maturity
 * @param step the step of a maturity scale (averaged method), or 0 when the scale has none
 */
public record ScaleOption(
        String id, LocalizedText label, LocalizedText description, double value, boolean achieved, int step) {}
