package eu.resilience.assessment.scoring;

import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.ScaleOption;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The cumulative rules of questionnaires/README.md ("Scoring", "Not applicable"), sentence by sentence, as plainly as
 * possible and without the engine: the oracle of {@link NotApplicableOracleTest}. Null means "no level" or "no score".
 */
final class ReadmeRules {

    private final Questionnaire questionnaire;
    private final Map<String, Response> responses;
    private final Set<String> hidden;
    private final boolean allNaLevelReached;

    ReadmeRules(
            Questionnaire questionnaire,
            Map<String, Response> responses,
            Set<String> hidden,
            boolean allNaLevelReached) {
        this.questionnaire = questionnaire;
        this.responses = responses;
        this.hidden = hidden;
        this.allNaLevelReached = allNaLevelReached;
    }

    /** "A practice is not applicable when it is hidden by its visibility condition or answered N/A (where allowed)." */
    boolean applicable(Practice practice) {
        if (hidden.contains(practice.id())) {
            return false;
        }
        return !(responses.get(practice.id()) instanceof Response.NotApplicable && practice.naAllowed());
    }

    /** "...answered with an option whose achieved is true." */
    boolean achieved(Practice practice) {
        if (!(responses.get(practice.id()) instanceof Response.Chosen chosen)) {
            return false;
        }
        ScaleOption option = practice.scale().optionsById().get(chosen.optionId());
        return option != null && option.achieved();
    }

    /** The domain's level, or null when the domain is not applicable. */
    Integer domainLevel(Domain domain) {
        List<Practice> practices = domain.practices();
        // "A domain whose practices are all not applicable is not applicable: it has no level"
        if (practices.stream().noneMatch(this::applicable)) {
            return null;
        }
        int reached = 0; // "Otherwise level 0."
        for (int n = 1; n <= questionnaire.levels().size(); n++) {
            int rank = n;
            // "level n is reached iff level n-1 is reached and every applicable practice of level <= n is achieved"
            boolean everyApplicableAchieved = practices.stream()
                    .filter(p -> p.level().rank() <= rank)
                    .filter(this::applicable)
                    .allMatch(this::achieved);
            // "A level whose practices in a domain are all not applicable ... counts as reached, unless
            // all_na_level_reached: false"; "a level with no practice at all in the domain always counts as reached"
            List<Practice> ofLevel =
                    practices.stream().filter(p -> p.level().rank() == rank).toList();
            boolean allNotApplicable = !ofLevel.isEmpty() && ofLevel.stream().noneMatch(this::applicable);
            boolean levelReached = everyApplicableAchieved && (allNaLevelReached || !allNotApplicable);
            if (!levelReached) {
                break;
            }
            reached = n;
        }
        return reached;
    }

    /** "The overall level is the lowest level of the domains that are applicable"; none applicable: no level. */
    Integer overallLevel() {
        Integer lowest = null;
        for (Domain domain : questionnaire.domains()) {
            Integer level = domainLevel(domain);
            if (level != null && (lowest == null || level < lowest)) {
                lowest = level;
            }
        }
        return lowest;
    }

    /** "score 0-100: weighted mean of option values over applicable answered practices"; none answered: no score. */
    Double score(List<Practice> practices) {
        double weights = 0;
        double values = 0;
        for (Practice practice : practices) {
            if (!applicable(practice)
                    || !(responses.get(practice.id()) instanceof Response.Chosen chosen)
                    || practice.scale().optionsById().get(chosen.optionId()) == null) {
                continue;
            }
            weights += practice.weight();
            values += practice.weight()
                    * practice.scale().optionsById().get(chosen.optionId()).value();
        }
        return weights == 0 ? null : 100 * values / weights;
    }
}
