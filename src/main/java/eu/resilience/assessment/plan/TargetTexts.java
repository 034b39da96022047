package eu.resilience.assessment.plan;

import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.ScoringMethod;
import eu.resilience.assessment.scoring.Rating;
import java.util.Locale;

/** A target and a domain's maturity in words, the same on the screens and in the reports. */
public final class TargetTexts {

    private TargetTexts() {}

    /** "MIL2 Performed", or the band's name; "—" when the domain has no target. */
    public static String target(Questionnaire questionnaire, DomainTarget target, Locale locale) {
        if (target == null) {
            return "—";
        }
        if (target.bandId() != null) {
            return questionnaire.bands().stream()
                    .filter(b -> b.id().equals(target.bandId()))
                    .findFirst()
                    .map(b -> b.name().in(locale))
                    .orElse(target.bandId());
        }
        return questionnaire.levelName(target.level(), locale, lowest -> lowest);
    }

    /**
     * The domain's maturity now: its level as every screen names it ("MIL1 Initiated", {@code belowLowest} of "MIL1"
     * for level 0) or its band's name.
     */
    public static String now(
            Questionnaire questionnaire,
            Rating rating,
            Locale locale,
            java.util.function.UnaryOperator<String> belowLowest) {
        if (questionnaire.method() == ScoringMethod.CUMULATIVE) {
            return questionnaire.levelName(rating.level(), locale, belowLowest);
        }
        return rating.band() == null ? "—" : rating.band().name().in(locale);
    }
}
