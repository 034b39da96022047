package eu.resilience.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.questionnaire.TestQuestionnaires;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Assume;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.constraints.IntRange;

/** Properties of scoring that hold for any answers (jqwik), on a generated 60-practice questionnaire. */
class ScoringProperties {

    private static final Questionnaire MODEL =
            TestQuestionnaires.parse("synthetic.yaml", SyntheticQuestionnaire.yaml(4, 60));
    private static final List<String> OPTIONS = List.of("fully", "largely", "partially", "not-implemented");

    @Provide
    Arbitrary<Map<String, Response>> responses() {
        Arbitrary<String> answer = Arbitraries.frequencyOf(
                net.jqwik.api.Tuple.of(1, Arbitraries.just("")),
                net.jqwik.api.Tuple.of(1, Arbitraries.just("na")),
                net.jqwik.api.Tuple.of(12, Arbitraries.of(OPTIONS)));
        return answer.list().ofSize(MODEL.practices().size()).map(list -> {
            Map<String, Response> responses = new HashMap<>();
            for (int i = 0; i < list.size(); i++) {
                String value = list.get(i);
                if (value.equals("na")) {
                    responses.put(MODEL.practices().get(i).id(), Response.notApplicable("n/a"));
                } else if (!value.isEmpty()) {
                    responses.put(MODEL.practices().get(i).id(), Response.chosen(value));
                }
            }
            return responses;
        });
    }

    @Provide
    Arbitrary<Practice> naAllowed() {
        return Arbitraries.of(
                MODEL.practices().stream().filter(Practice::naAllowed).toList());
    }

    private static ScoreCard score(Map<String, Response> responses) {
        return ScoringEngine.score(MODEL, responses, Set.of());
    }

    @Property
    void figuresStayWithinTheirRanges(@ForAll("responses") Map<String, Response> responses) {
        ScoreCard card = score(responses);
        for (DomainScore domain : card.domains()) {
            assertThat(domain.rating().level()).isBetween(0, MODEL.maxLevel());
            assertThat(domain.rating().completeness()).isBetween(0.0, 1.0);
            if (domain.rating().score() != null) {
                assertThat(domain.rating().score()).isBetween(0.0, 100.0);
            }
        }
        assertThat(card.overall().level()).isBetween(0, MODEL.maxLevel());
    }

    @Property
    void aBetterOptionNeverLowersALevelOrAScore(
            @ForAll("responses") Map<String, Response> responses, @ForAll @IntRange(min = 0, max = 59) int index) {
        Practice practice = MODEL.practices().get(index);
        Assume.that(responses.get(practice.id()) instanceof Response.Chosen);
        ScaleOption current = practice.scale()
                .option(((Response.Chosen) responses.get(practice.id())).optionId())
                .orElseThrow();
        for (ScaleOption better : practice.scale().options()) {
            if (better.value() < current.value()) {
                continue;
            }
            Map<String, Response> improved = new HashMap<>(responses);
            improved.put(practice.id(), Response.chosen(better.id()));
            assertNotLower(score(responses), score(improved), true);
        }
    }

    @Property
    void answeringWithAnAchievedOptionNeverLowersALevel(
            @ForAll("responses") Map<String, Response> responses, @ForAll @IntRange(min = 0, max = 59) int index) {
        Practice practice = MODEL.practices().get(index);
        Map<String, Response> unanswered = new HashMap<>(responses);
        unanswered.remove(practice.id());
        Map<String, Response> answered = new HashMap<>(unanswered);
        answered.put(practice.id(), Response.chosen("largely"));
        assertNotLower(score(unanswered), score(answered), false);
    }

    @Property
    void notApplicableNeverLowersALevel(
            @ForAll("responses") Map<String, Response> responses, @ForAll("naAllowed") Practice practice) {
        Map<String, Response> withNa = new HashMap<>(responses);
        withNa.put(practice.id(), Response.notApplicable("not here"));
        assertNotLower(score(responses), score(withNa), false);
    }

    @Property
    void levelsAgreeWithTheRuleAppliedLevelByLevel(@ForAll("responses") Map<String, Response> responses) {
        ScoreCard card = score(responses);
        for (DomainScore domain : card.domains()) {
            assertThat(domain.rating().level())
                    .isEqualTo(ReferenceC2m2.domainLevel(MODEL, domain.domain(), responses, Set.of()));
        }
    }

    private static void assertNotLower(ScoreCard before, ScoreCard after, boolean scoresToo) {
        assertThat(after.overall().level())
                .isGreaterThanOrEqualTo(before.overall().level());
        for (int d = 0; d < before.domains().size(); d++) {
            Rating was = before.domains().get(d).rating();
            Rating now = after.domains().get(d).rating();
            assertThat(now.level()).isGreaterThanOrEqualTo(was.level());
            if (scoresToo && was.score() != null) {
                assertThat(now.score()).isGreaterThanOrEqualTo(was.score() - 1e-9);
            }
        }
        if (scoresToo && before.overall().score() != null) {
            assertThat(after.overall().score())
                    .isGreaterThanOrEqualTo(before.overall().score() - 1e-9);
        }
    }
}
