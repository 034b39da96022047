package eu.resilience.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.TestQuestionnaires;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** A questionnaire written in the documented format with 356 practices in 10 domains loads and scores by the C2M2 rule. */
class SyntheticQuestionnaireTest {

    private static final Questionnaire LARGE =
            TestQuestionnaires.parse("synthetic.yaml", SyntheticQuestionnaire.yaml(10, 356));

    @Test
    void loadsEveryPractice() {
        assertThat(LARGE.domains()).hasSize(10);
        assertThat(LARGE.practices()).hasSize(356);
        assertThat(LARGE.practices()).extracting(Practice::levelRank).containsOnly(1, 2, 3);
        for (Domain domain : LARGE.domains()) {
            assertThat(domain.practices()).extracting(Practice::levelRank).contains(1, 2, 3);
        }
    }

    @Test
    void everyDomainLevelAgreesWithTheRuleAppliedLevelByLevel() {
        Random random = new Random(20261127);
        String[] options = {"fully", "largely", "partially", "not-implemented"};
        for (int round = 0; round < 500; round++) {
            // mostly achieved answers, so that every level from 0 to 3 occurs
            Map<String, Response> responses = new HashMap<>();
            double good = random.nextDouble();
            for (Practice practice : LARGE.practices()) {
                double draw = random.nextDouble();
                if (draw < 0.02) {
                    continue; // unanswered
                } else if (draw < 0.05) {
                    responses.put(practice.id(), Response.notApplicable("not here"));
                } else {
                    boolean achieved = random.nextDouble() < 0.9 + good / 10;
                    responses.put(practice.id(), Response.chosen(options[(achieved ? 0 : 2) + random.nextInt(2)]));
                }
            }
            ScoreCard card = ScoringEngine.score(LARGE, responses, Set.of());
            int lowest = 3;
            for (DomainScore domain : card.domains()) {
                int expected = ReferenceC2m2.domainLevel(LARGE, domain.domain(), responses, Set.of());
                assertThat(domain.rating().level())
                        .as("domain %s, round %d", domain.domain().id(), round)
                        .isEqualTo(expected);
                lowest = Math.min(lowest, expected);
            }
            assertThat(card.overall().level()).isEqualTo(lowest);
        }
    }
}
