package eu.resilience.assessment.scoring;

import eu.resilience.assessment.questionnaire.Band;

/**
 * The figures of a goal, a domain or a whole assessment. The maturity (level or band) and the score are separate figures,
 * always shown side by side.
 *
 * <p>When nothing is applicable (every practice N/A or hidden, {@link #isApplicable()} false) there is no level, band,
 * maturity or score: the level is then 0 and means nothing; show "not applicable".
 *
 * @param level cumulative maturity level reached, 0 to the model's highest (0 for averaged questionnaires)
 * @param band averaged maturity band, or null (cumulative questionnaires, or nothing answered yet)
 * @param maturity weighted mean of the steps of the answered practices (averaged questionnaires), or null
 * @param score weighted mean of option values of the answered applicable practices, 0-100; null when none is answered
 * @param completeness share of visible practices that are answered or marked N/A, 0-1
 * @param visible practices shown (their visibility conditions hold)
 * @param notApplicable visible practices answered N/A
 * @param answered applicable practices answered with an option
 */
public record Rating(
        int level,
        Band band,
        Double maturity,
        Double score,
        double completeness,
        int visible,
        int notApplicable,
        int answered) {

    /** Visible practices that are not N/A: those that count. */
    public int applicable() {
        return visible - notApplicable;
    }

    /** Whether anything here is applicable at all; a rating with nothing applicable is shown as "not applicable". */
    public boolean isApplicable() {
        return applicable() > 0;
    }

    /** The level reached, or null when nothing is applicable (no level). */
    public Integer levelOrNull() {
        return isApplicable() ? level : null;
    }

    public boolean isComplete() {
        return visible == notApplicable + answered;
    }
}
