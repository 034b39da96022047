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
        return questionnaire
                .level(target.level())
                .map(l -> l.id() + " " + l.name().in(locale))
                .orElse(String.valueOf(target.level()));
    }

    /** The domain's maturity now: its level's id ("MIL1", "0") or its band's name. */
    public static String now(Questionnaire questionnaire, Rating rating, Locale locale) {
        if (questionnaire.method() == ScoringMethod.CUMULATIVE) {
            return questionnaire.level(rating.level()).map(l -> l.id()).orElse(String.valueOf(rating.level()));
        }
        return rating.band() == null ? "—" : rating.band().name().in(locale);
    }
}
