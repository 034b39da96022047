package eu.resilience.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.resilience.assessment.questionnaire.OrganizationProfile;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.TestQuestionnaires;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Worked examples on src/test/resources/questionnaires/scoring-example-1.0.yaml. Domain A: A.1 (MIL1, w1), A.2 (MIL1,
 * w2), A.3 (MIL2, w1, N/A allowed), A.4 (MIL3, w1). Domain B: B.1 (MIL1, w1), B.2 (MIL2, w3), B.3 (MIL3, w1, only for
 * large organizations). Option values: fully 1.0 and largely 0.67 are achieved; partially 0.33 and not-implemented 0 are not.
 * Every expected figure is worked out by hand in the comments.
 */
class ScoringEngineTest {

    private static final Questionnaire EXAMPLE = TestQuestionnaires.example("scoring-example-1.0.yaml");
    private static final OrganizationProfile LARGE = new OrganizationProfile("energy", "large", "DE");
    private static final OrganizationProfile MICRO = new OrganizationProfile("energy", "micro", "DE");

    private static ScoreCard score(OrganizationProfile profile, Map<String, Response> responses) {
        Map<String, String> options = new HashMap<>();
        responses.forEach((id, r) -> options.put(id, r instanceof Response.Chosen c ? c.optionId() : "na"));
        return ScoringEngine.score(EXAMPLE, responses, EXAMPLE.hiddenPractices(profile, options));
    }

    private static Map<String, Response> answers(String... idAndOption) {
        Map<String, Response> responses = new HashMap<>();
        for (int i = 0; i < idAndOption.length; i += 2) {
            responses.put(
                    idAndOption[i],
                    idAndOption[i + 1].equals("na")
                            ? Response.notApplicable("we have none")
                            : Response.chosen(idAndOption[i + 1]));
        }
        return responses;
    }

    private static List<String> ids(List<Blocker> blockers) {
        return blockers.stream().map(b -> b.practice().id()).toList();
    }

    @Test
    void nothingAnsweredIsLevelZeroWithNoScore() {
        ScoreCard card = score(LARGE, Map.of());

        assertThat(card.overall().level()).isZero();
        assertThat(card.overall().score()).isNull();
        assertThat(card.overall().completeness()).isZero();
        assertThat(card.domain("A").orElseThrow().rating().level()).isZero();
        // every MIL1 practice blocks; heavier first (A.2 weighs 2), then questionnaire order
        assertThat(ids(card.nextSteps())).containsExactly("A.2", "A.1", "B.1");
        assertThat(card.nextSteps()).allMatch(b -> b.targetLevel() == 1 && b.isUnanswered());
    }

    @Test
    void levelStopsAtTheFirstLevelWithABlockingPracticeAndScoreIsTheWeightedMean() {
        ScoreCard card = score(
                LARGE,
                answers(
                        "A.1",
                        "fully",
                        "A.2",
                        "fully",
                        "A.3",
                        "fully",
                        "A.4",
                        "fully",
                        "B.1",
                        "fully",
                        "B.2",
                        "partially"));

        DomainScore a = card.domain("A").orElseThrow();
        DomainScore b = card.domain("B").orElseThrow();
        assertThat(a.rating().level()).isEqualTo(3);
        assertThat(a.rating().score()).isCloseTo(100.0, within(1e-9));
        // B: MIL1 reached (B.1 fully); MIL2 blocked by B.2 partially
        assertThat(b.rating().level()).isEqualTo(1);
        // (1 x 1.0 + 3 x 0.33) / (1 + 3) = 1.99 / 4 = 0.4975
        assertThat(b.rating().score()).isCloseTo(49.75, within(1e-9));
        // B.3 is visible for a large organization and unanswered: 2 of 3 answered
        assertThat(b.rating().completeness()).isCloseTo(2.0 / 3, within(1e-9));
        assertThat(ids(b.blockers())).containsExactly("B.2");
        assertThat(b.blockers().get(0).targetLevel()).isEqualTo(2);
        assertThat(b.blockers().get(0).current().id()).isEqualTo("partially");
        // overall level: the lowest domain level, min(3, 1)
        assertThat(card.overall().level()).isEqualTo(1);
        // (1 + 2 + 1 + 1 [A, all 1.0] + 1 x 1.0 + 3 x 0.33) / (5 + 4) = 6.99 / 9
        assertThat(card.overall().score()).isCloseTo(100 * 6.99 / 9, within(1e-9));
        assertThat(card.overall().completeness()).isCloseTo(6.0 / 7, within(1e-9));
        assertThat(ids(card.nextSteps())).containsExactly("B.2");
    }

    @Test
    void largelyCountsAsAchievedButPartiallyDoesNot() {
        ScoreCard largely = score(MICRO, answers("B.1", "largely", "B.2", "largely"));
        ScoreCard partially = score(MICRO, answers("B.1", "largely", "B.2", "partially"));

        // micro: B.3 hidden, so B has no visible MIL3 practice and MIL3 follows from MIL2
        assertThat(largely.domain("B").orElseThrow().rating().level()).isEqualTo(3);
        assertThat(partially.domain("B").orElseThrow().rating().level()).isEqualTo(1);
        // (0.67 + 3 x 0.67) / 4
        assertThat(largely.domain("B").orElseThrow().rating().score()).isCloseTo(67.0, within(1e-9));
    }

    @Test
    void notApplicablePracticesDoNotBlockAndAreLeftOutOfTheScore() {
        ScoreCard card = score(LARGE, answers("A.1", "fully", "A.2", "fully", "A.3", "na", "A.4", "partially"));

        Rating a = card.domain("A").orElseThrow().rating();
        // MIL1 reached; MIL2's only practice is N/A, so MIL2 is reached; MIL3 blocked by A.4
        assertThat(a.level()).isEqualTo(2);
        // (1 x 1.0 + 2 x 1.0 + 1 x 0.33) / (1 + 2 + 1): A.3 left out
        assertThat(a.score()).isCloseTo(100 * 3.33 / 4, within(1e-9));
        assertThat(a.completeness()).isEqualTo(1.0);
        assertThat(a.notApplicable()).isEqualTo(1);
        assertThat(a.applicable()).isEqualTo(3);
    }

    @Test
    void notApplicableWhereTheQuestionnaireDoesNotAllowItCountsAsUnanswered() {
        ScoreCard card = score(LARGE, answers("B.1", "fully", "B.2", "na"));

        assertThat(card.domain("B").orElseThrow().rating().level()).isEqualTo(1);
        assertThat(ids(card.domain("B").orElseThrow().blockers())).containsExactly("B.2");
    }

    @Test
    void anOptionTheScaleDoesNotKnowCountsAsUnanswered() {
        ScoreCard card = score(LARGE, answers("A.1", "sort-of", "A.2", "fully"));

        Rating a = card.domain("A").orElseThrow().rating();
        assertThat(a.level()).isZero();
        assertThat(a.answered()).isEqualTo(1);
    }

    @Test
    void hiddenPracticesAreNotApplicable() {
        ScoreCard large = score(LARGE, answers("B.1", "fully", "B.2", "fully"));
        ScoreCard micro = score(MICRO, answers("B.1", "fully", "B.2", "fully"));

        // large: B.3 (MIL3) visible and unanswered blocks MIL3; micro: hidden
        assertThat(large.domain("B").orElseThrow().rating().level()).isEqualTo(2);
        assertThat(micro.domain("B").orElseThrow().rating().level()).isEqualTo(3);
        assertThat(micro.domain("B").orElseThrow().rating().visible()).isEqualTo(2);
    }

    @Test
    void goalsAreRatedLikeDomains() {
        ScoreCard card = score(LARGE, answers("B.1", "fully", "B.2", "not-implemented"));

        DomainScore b = card.domain("B").orElseThrow();
        assertThat(b.goals()).extracting(g -> g.goal().id()).containsExactly("B.G1", "B.G2");
        // B.G1: MIL1 by B.1, MIL2 blocked by B.2 -> 1; score (1 + 0) / 4
        assertThat(b.goals().get(0).rating().level()).isEqualTo(1);
        assertThat(b.goals().get(0).rating().score()).isCloseTo(25.0, within(1e-9));
        // B.G2 holds only B.3 (MIL3), unanswered: MIL1 and MIL2 have nothing to block, MIL3 is blocked
        assertThat(b.goals().get(1).rating().level()).isEqualTo(2);
        assertThat(b.goals().get(1).rating().score()).isNull();
    }

    @Test
    void nextStepsPutLowerLevelsFirstThenWeight() {
        // A at MIL1 (A.3 partially blocks MIL2); B at 0 (B.1 unanswered blocks MIL1)
        ScoreCard card = score(LARGE, answers("A.1", "fully", "A.2", "fully", "A.3", "partially", "B.2", "fully"));

        assertThat(card.nextSteps())
                .extracting(b -> b.practice().id() + "->" + b.targetLevel())
                .containsExactly("B.1->1", "A.3->2");
        Practice first = card.nextSteps().get(0).practice();
        assertThat(first.id()).isEqualTo("B.1");
    }

    @Test
    void aDomainWithEveryPracticeNotApplicableIsNotApplicableAndLeftOutOfTheOverallLevel() {
        Questionnaire example = EXAMPLE;
        Set<String> hiddenA = Set.of("A.1", "A.2", "A.3", "A.4");
        ScoreCard card =
                ScoringEngine.score(example, answers("B.1", "fully", "B.2", "fully", "B.3", "partially"), hiddenA);

        assertThat(card.domain("A").orElseThrow().rating().isApplicable()).isFalse();
        assertThat(card.overall().level()).isEqualTo(2);
    }

    @Test
    void averagedMaturityIsTheWeightedMeanOfStepsMappedToBands() {
        Questionnaire averaged = TestQuestionnaires.example("averaged-example-1.0.yaml");
        // H.1 w1 step 4 (0.75); H.2 w3 step 2 (0.25); H.3 unanswered
        ScoreCard card = ScoringEngine.score(averaged, answers("H.1", "s4", "H.2", "s2"), Set.of());

        Rating h = card.domain("H").orElseThrow().rating();
        // (1 x 4 + 3 x 2) / 4 = 2.5: "developing" starts at 2.0, "defined" at 3.0
        assertThat(h.maturity()).isCloseTo(2.5, within(1e-9));
        assertThat(h.band().id()).isEqualTo("developing");
        // (0.75 + 3 x 0.25) / 4 = 0.375
        assertThat(h.score()).isCloseTo(37.5, within(1e-9));
        assertThat(h.level()).isZero();
        // below the next band (3.0): H.2 at step 2, and H.3 unanswered; unanswered first, then weight
        assertThat(ids(card.domain("H").orElseThrow().blockers())).containsExactly("H.2", "H.3");
        assertThat(card.domain("H").orElseThrow().blockers().get(0).targetBand().id())
                .isEqualTo("defined");
        assertThat(ids(card.nextSteps())).containsExactly("H.3", "H.2");
        assertThat(card.overall().band().id()).isEqualTo("developing");
    }

    @Test
    void averagedMaturityAtTheTopBandHasNoBlockers() {
        Questionnaire averaged = TestQuestionnaires.example("averaged-example-1.0.yaml");
        ScoreCard card = ScoringEngine.score(averaged, answers("H.1", "s5", "H.2", "s3", "H.3", "s3"), Set.of());

        // (5 + 9 + 3) / 5 = 3.4
        assertThat(card.overall().maturity()).isCloseTo(3.4, within(1e-9));
        assertThat(card.overall().band().id()).isEqualTo("defined");
        assertThat(card.nextSteps()).isEmpty();
    }
}
