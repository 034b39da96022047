package eu.resilience.assessment.scoring;

import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.util.Map;
import java.util.Set;

/**
 * The C2M2 rule written as questionnaires/README.md ("Scoring") words it, level by level, as slowly and plainly as possible: the oracle that the
 * engine's single-pass computation is compared with.
 */
final class ReferenceC2m2 {

    private ReferenceC2m2() {}

    static int domainLevel(
            Questionnaire questionnaire, Domain domain, Map<String, Response> responses, Set<String> hidden) {
        int reached = 0;
        for (int n = 1; n <= questionnaire.maxLevel(); n++) {
            boolean everyPracticeAchieved = true;
            for (Practice practice : domain.practices()) {
                if (practice.levelRank() <= n
                        && applicable(practice, responses, hidden)
                        && !achieved(practice, responses.get(practice.id()))) {
                    everyPracticeAchieved = false;
                }
            }
            if (!everyPracticeAchieved) {
                break; // the first failing level stops the climb
            }
            reached = n;
        }
        return reached;
    }

    private static boolean applicable(Practice practice, Map<String, Response> responses, Set<String> hidden) {
        if (hidden.contains(practice.id())) {
            return false;
        }
        return !(responses.get(practice.id()) instanceof Response.NotApplicable && practice.naAllowed());
    }

    private static boolean achieved(Practice practice, Response response) {
        return response instanceof Response.Chosen chosen
                && practice.scale()
                        .option(chosen.optionId())
                        .map(o -> o.achieved())
                        .orElse(false);
    }
}
