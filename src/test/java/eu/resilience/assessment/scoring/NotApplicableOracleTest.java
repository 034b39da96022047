package eu.resilience.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.TestQuestionnaires;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A generated cumulative model of 356 practices in 10 domains (MIL1-MIL3, N/A allowed everywhere) scored with N/A in every
 * combination: for each domain and each of its levels, no, some or all practices not applicable (answered N/A, or hidden),
 * the applicable ones all achieved, one not achieved or one unanswered; 7 states per level, 343 per domain, every domain
 * through all of them; then whole domains and the whole assessment not applicable. The engine must agree with {@link
 * ReadmeRules}, written from questionnaires/README.md ("Scoring", "Not applicable"), under both values of {@code
 * all_na_level_reached}.
 */
class NotApplicableOracleTest {

    /** The state of one level of one domain. */
    private record LevelState(int notApplicable, int achievement) {
        static final int NONE = 0, SOME = 1, ALL = 2;
        static final int ALL_ACHIEVED = 0, ONE_NOT_ACHIEVED = 1, ONE_UNANSWERED = 2;
    }

    private static final List<LevelState> STATES = states();

    private static List<LevelState> states() {
        List<LevelState> states = new ArrayList<>();
        for (int na = LevelState.NONE; na <= LevelState.SOME; na++) {
            for (int a = 0; a <= 2; a++) {
                states.add(new LevelState(na, a));
            }
        }
        states.add(new LevelState(LevelState.ALL, LevelState.ALL_ACHIEVED));
        return List.copyOf(states); // 7
    }

    /** A model's scoring of one set of answers, as the test builds it. */
    private record Answers(Map<String, Response> responses, Set<String> hidden) {}

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void everyCombinationOfNotApplicablePracticesScoresAsTheRulesSay(boolean allNaLevelReached) {
        Questionnaire model = TestQuestionnaires.parse(
                "synthetic-na.yaml",
                SyntheticQuestionnaire.yaml(10, 356, "  all_na_level_reached: " + allNaLevelReached + "\n", true));
        assertThat(model.practices()).hasSize(356);
        int combinations = STATES.size() * STATES.size() * STATES.size(); // 343 per domain
        Set<Integer> seenLevels = new HashSet<>();
        int notApplicableDomains = 0;
        for (int round = 0; round < combinations; round++) {
            Map<String, Integer> combinationOfDomain = new HashMap<>();
            for (int d = 0; d < model.domains().size(); d++) {
                combinationOfDomain.put(model.domains().get(d).id(), (round + 37 * d) % combinations);
            }
            Answers answers = answers(model, combinationOfDomain, round % 2 == 1);
            ScoreCard card = check(model, answers, allNaLevelReached, "round " + round);
            for (DomainScore domain : card.domains()) {
                seenLevels.add(
                        domain.rating().levelOrNull() == null
                                ? -1
                                : domain.rating().level());
                notApplicableDomains += domain.rating().isApplicable() ? 0 : 1;
            }
        }
        // the combinations reach every outcome: not applicable and each level 0..3
        assertThat(seenLevels).containsExactlyInAnyOrder(-1, 0, 1, 2, 3);
        // every domain passes once through "all three levels not applicable"
        assertThat(notApplicableDomains).isEqualTo(model.domains().size());
    }

    @ParameterizedTest
    @ValueSource(booleans = {true, false})
    void wholeDomainsAndTheWholeAssessmentNotApplicable(boolean allNaLevelReached) {
        Questionnaire model = TestQuestionnaires.parse(
                "synthetic-na.yaml",
                SyntheticQuestionnaire.yaml(10, 356, "  all_na_level_reached: " + allNaLevelReached + "\n", true));
        int allNotApplicable = STATES.size() * STATES.size() * STATES.size() - 1;
        for (int applicableDomains = 0; applicableDomains <= 10; applicableDomains++) {
            for (boolean asHidden : new boolean[] {false, true}) {
                Map<String, Integer> combinationOfDomain = new HashMap<>();
                for (int d = 0; d < 10; d++) {
                    // applicable domains: every level all achieved except one domain one level lower
                    combinationOfDomain.put(
                            model.domains().get(d).id(), d < applicableDomains ? (d == 0 ? 1 : 0) : allNotApplicable);
                }
                ScoreCard card = check(
                        model,
                        answers(model, combinationOfDomain, asHidden),
                        allNaLevelReached,
                        applicableDomains + " applicable domains");
                assertThat(card.overall().isApplicable()).isEqualTo(applicableDomains > 0);
                if (applicableDomains == 0) {
                    assertThat(card.overall().levelOrNull()).isNull();
                    assertThat(card.overall().score()).isNull();
                    assertThat(card.nextSteps()).isEmpty();
                }
            }
        }
    }

    private static ScoreCard check(Questionnaire model, Answers answers, boolean allNaLevelReached, String what) {
        ScoreCard card = ScoringEngine.score(model, answers.responses(), answers.hidden());
        ReadmeRules rules = new ReadmeRules(model, answers.responses(), answers.hidden(), allNaLevelReached);
        for (DomainScore domain : card.domains()) {
            String where = what + ", domain " + domain.domain().id();
            assertThat(domain.rating().isApplicable()).as(where).isEqualTo(rules.domainLevel(domain.domain()) != null);
            assertThat(domain.rating().levelOrNull()).as(where).isEqualTo(rules.domainLevel(domain.domain()));
            assertScore(domain.rating().score(), rules.score(domain.domain().practices()), where);
        }
        assertThat(card.overall().levelOrNull()).as(what).isEqualTo(rules.overallLevel());
        assertScore(card.overall().score(), rules.score(model.practices()), what);
        return card;
    }

    private static void assertScore(Double actual, Double expected, String where) {
        if (expected == null) {
            assertThat(actual).as(where).isNull();
        } else {
            assertThat(actual).as(where).isCloseTo(expected, within(1e-9));
        }
    }

    /**
     * The answers of one round: each domain's levels take the states of its combination (base 7 digits, MIL1 first).
     * Not applicable practices are answered N/A, or hidden when {@code asHidden}.
     */
    private static Answers answers(Questionnaire model, Map<String, Integer> combinationOfDomain, boolean asHidden) {
        Map<String, Response> responses = new HashMap<>();
        Set<String> hidden = new HashSet<>();
        for (Domain domain : model.domains()) {
            int combination = combinationOfDomain.get(domain.id());
            for (int level = 1; level <= 3; level++) {
                LevelState state = STATES.get(combination % STATES.size());
                combination /= STATES.size();
                int rank = level;
                List<Practice> ofLevel = domain.practices().stream()
                        .filter(p -> p.levelRank() == rank)
                        .toList();
                for (int i = 0; i < ofLevel.size(); i++) {
                    Practice practice = ofLevel.get(i);
                    boolean notApplicable = state.notApplicable() == LevelState.ALL
                            || (state.notApplicable() == LevelState.SOME && i % 3 == 0);
                    boolean last = i == ofLevel.size() - 1;
                    if (notApplicable && asHidden) {
                        hidden.add(practice.id());
                        // an answer to a hidden practice counts as unanswered and not applicable
                        responses.put(practice.id(), Response.chosen("not-implemented"));
                    } else if (notApplicable) {
                        responses.put(practice.id(), Response.notApplicable("not here"));
                    } else if (last && state.achievement() == LevelState.ONE_NOT_ACHIEVED) {
                        responses.put(practice.id(), Response.chosen(i % 2 == 0 ? "partially" : "not-implemented"));
                    } else if (last && state.achievement() == LevelState.ONE_UNANSWERED) {
                        continue;
                    } else {
                        responses.put(practice.id(), Response.chosen(i % 2 == 0 ? "fully" : "largely"));
                    }
                }
            }
        }
        return new Answers(responses, hidden);
    }
}
