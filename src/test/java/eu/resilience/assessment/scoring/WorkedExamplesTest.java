package eu.resilience.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.TestQuestionnaires;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The worked examples of questionnaires/README.md ("Scoring", "Worked examples"), figure by figure. */
class WorkedExamplesTest {

    private static Questionnaire cumulative(boolean allNaLevelReached) {
        return TestQuestionnaires.parse(
                "worked-1.0.yaml",
                """
                format: 1
                id: worked
                version: "1.0"
                status: draft
                locales: [en]
                title: {en: Worked examples}
                description: {en: The README's examples.}
                scoring:
                  method: cumulative
                  all_na_level_reached: %s
                  level_zero: {id: MIL0, name: {en: Not performed}}
                  levels:
                    - {id: MIL1, rank: 1, name: {en: Initiated}}
                    - {id: MIL2, rank: 2, name: {en: Performed}}
                    - {id: MIL3, rank: 3, name: {en: Managed}}
                default_scale: implementation
                scales:
                  - id: implementation
                    name: {en: Implementation}
                    options:
                      - {id: fully, label: {en: Fully}, value: 1.0, achieved: true}
                      - {id: partially, label: {en: Partially}, value: 0.33, achieved: false}
                domains:
                  - id: D
                    title: {en: D}
                    goals:
                      - id: D.G
                        title: {en: D goal}
                        practices:
                          - {id: P1, level: MIL1, allow_na: true, text: {en: P1}}
                          - {id: P2, level: MIL2, allow_na: true, text: {en: P2}}
                          - {id: P3, level: MIL2, allow_na: true, text: {en: P3}}
                          - {id: P4, level: MIL3, allow_na: true, text: {en: P4}}
                  - id: E
                    title: {en: E}
                    goals:
                      - id: E.G
                        title: {en: E goal}
                        practices:
                          - {id: E1, level: MIL1, allow_na: true, text: {en: E1}}
                          - {id: E2, level: MIL2, allow_na: true, text: {en: E2}}
                          - {id: E3, level: MIL3, allow_na: true, text: {en: E3}}
                """
                        .formatted(allNaLevelReached));
    }

    private static Map<String, Response> answers(String d, String e) {
        Map<String, Response> responses = new HashMap<>();
        String[] dAnswers = d.split(" ");
        String[] eAnswers = e.split(" ");
        for (int i = 0; i < 4; i++) {
            responses.put("P" + (i + 1), response(dAnswers[i]));
        }
        for (int i = 0; i < 3; i++) {
            responses.put("E" + (i + 1), response(eAnswers[i]));
        }
        return responses;
    }

    private static Response response(String answer) {
        return switch (answer) {
            case "ok" -> Response.chosen("fully");
            case "no" -> Response.chosen("partially");
            default -> Response.notApplicable("none here");
        };
    }

    /** The table of the README; "-" is no level, "" no score. E is at MIL1 (ok, no, ok) unless said otherwise. */
    @ParameterizedTest(name = "D {0}: {1} / {2}, score {3}; overall {4} / {5}")
    @CsvSource({
        "ok ok ok ok, 3, 3, 100, 1, 1",
        "ok ok no ok, 1, 1, 83.25, 1, 1",
        "ok na na ok, 3, 1, 100, 1, 1",
        "na ok ok no, 2, 0, 77.67, 1, 0",
        "ok ok na na, 3, 2, 100, 1, 1",
        "na na na na, -, -, , 1, 1",
    })
    void theCumulativeTable(
            String d, String levelTrue, String levelFalse, Double score, String overallTrue, String overallFalse) {
        for (boolean option : new boolean[] {true, false}) {
            ScoreCard card = ScoringEngine.score(cumulative(option), answers(d, "ok no ok"), Set.of());
            Rating rating = card.domain("D").orElseThrow().rating();
            String expected = option ? levelTrue : levelFalse;
            assertThat(rating.levelOrNull()).isEqualTo(expected.equals("-") ? null : Integer.valueOf(expected));
            assertThat(rating.isApplicable()).isEqualTo(!expected.equals("-"));
            if (score == null) {
                assertThat(rating.score()).isNull();
            } else {
                assertThat(rating.score()).isCloseTo(score, within(0.005));
            }
            assertThat(card.overall().level()).isEqualTo(Integer.parseInt(option ? overallTrue : overallFalse));
        }
    }

    @Test
    void anAssessmentWithEverythingNotApplicableHasNoLevelAndNoScore() {
        ScoreCard card = ScoringEngine.score(cumulative(true), answers("na na na na", "na na na"), Set.of());

        assertThat(card.overall().isApplicable()).isFalse();
        assertThat(card.overall().levelOrNull()).isNull();
        assertThat(card.overall().score()).isNull();
        assertThat(card.overall().completeness()).isEqualTo(1.0);
        assertThat(card.domains()).allMatch(d -> !d.rating().isApplicable());
    }

    @Test
    void levelZeroIsNamedByTheQuestionnaire() {
        Questionnaire questionnaire = cumulative(true);

        assertThat(questionnaire.level(0).orElseThrow().id()).isEqualTo("MIL0");
        assertThat(questionnaire.level(0).orElseThrow().name().in(java.util.Locale.ENGLISH))
                .isEqualTo("Not performed");
        assertThat(questionnaire.maxLevel()).isEqualTo(3);
    }

    private static Questionnaire averaged(String options) {
        return TestQuestionnaires.parse(
                "bands-1.0.yaml",
                """
                format: 1
                id: bands
                version: "1.0"
                status: draft
                locales: [en]
                title: {en: Bands}
                description: {en: The README's averaged examples.}
                scoring:
                  method: averaged
                %s
                  bands:
                    - {id: initial, from: 1, name: {en: Initial}}
                    - {id: developing, from: 2.6, name: {en: Developing}}
                    - {id: defined, from: 4, name: {en: Defined}}
                default_scale: steps
                scales:
                  - id: steps
                    name: {en: Steps}
                    options:
                      - {id: s1, label: {en: "1"}, value: 0.0, achieved: false, step: 1}
                      - {id: s2, label: {en: "2"}, value: 0.25, achieved: false, step: 2}
                      - {id: s3, label: {en: "3"}, value: 0.5, achieved: true, step: 3}
                      - {id: s4, label: {en: "4"}, value: 0.75, achieved: true, step: 4}
                      - {id: s5, label: {en: "5"}, value: 1.0, achieved: true, step: 5}
                domains:
                  - id: A
                    title: {en: A}
                    goals:
                      - id: A.G
                        title: {en: A goal}
                        practices:
                          - {id: A1, text: {en: A1}}
                          - {id: A2, weight: 1.25, text: {en: A2}}
                          - {id: A3, text: {en: A3}}
                          - {id: A4, text: {en: A4}}
                  - id: B
                    title: {en: B}
                    goals:
                      - id: B.G
                        title: {en: B goal}
                        practices:
                          - {id: B1, text: {en: B1}}
                """
                        .formatted(options));
    }

    @ParameterizedTest(name = "maturity {0}: {1} with one decimal, {2} exact")
    @CsvSource({
        "2.5, initial, initial",
        "2.545, initial, initial",
        "2.555, developing, initial",
        "2.6, developing, developing",
        "3.95, defined, developing",
        "3.94, developing, developing",
    })
    void bandsAfterTheRoundingRule(double maturity, String rounded, String exact) {
        assertThat(averaged("  band_decimals: 1").band(maturity).orElseThrow().id())
                .isEqualTo(rounded);
        assertThat(averaged("").band(maturity).orElseThrow().id()).isEqualTo(exact);
    }

    @Test
    void theMeanOfWeightedStepsTakesItsBandAfterRounding() {
        // A1 step 2 (weight 1), A2 step 3 (weight 1.25): (2 + 3.75) / 2.25 = 2.555..., rounds to 2.6
        Map<String, Response> responses = Map.of(
                "A1", Response.chosen("s2"),
                "A2", Response.chosen("s3"),
                "A3", Response.notApplicable("n/a"),
                "A4", Response.notApplicable("n/a"),
                "B1", Response.notApplicable("n/a"));
        Questionnaire questionnaire = TestQuestionnaires.parse("bands-na-1.0.yaml", bandsWithNa());
        ScoreCard card = ScoringEngine.score(questionnaire, responses, Set.of());

        assertThat(card.domain("A").orElseThrow().rating().maturity()).isCloseTo(2.5556, within(0.0001));
        assertThat(card.domain("A").orElseThrow().rating().band().id()).isEqualTo("developing");
        assertThat(card.domain("B").orElseThrow().rating().isApplicable()).isFalse();
        assertThat(card.domain("B").orElseThrow().rating().band()).isNull();
    }

    private static String bandsWithNa() {
        return """
                format: 1
                id: bands
                version: "1.0"
                status: draft
                locales: [en]
                title: {en: Bands}
                description: {en: N/A allowed.}
                scoring:
                  method: averaged
                  band_decimals: 1
                  bands:
                    - {id: initial, from: 1, name: {en: Initial}}
                    - {id: developing, from: 2.6, name: {en: Developing}}
                default_scale: steps
                scales:
                  - id: steps
                    name: {en: Steps}
                    options:
                      - {id: s2, label: {en: "2"}, value: 0.25, achieved: false, step: 2}
                      - {id: s3, label: {en: "3"}, value: 0.5, achieved: true, step: 3}
                domains:
                  - id: A
                    title: {en: A}
                    goals:
                      - id: A.G
                        title: {en: A goal}
                        practices:
                          - {id: A1, allow_na: true, text: {en: A1}}
                          - {id: A2, allow_na: true, weight: 1.25, text: {en: A2}}
                          - {id: A3, allow_na: true, text: {en: A3}}
                          - {id: A4, allow_na: true, text: {en: A4}}
                  - id: B
                    title: {en: B}
                    goals:
                      - id: B.G
                        title: {en: B goal}
                        practices:
                          - {id: B1, allow_na: true, text: {en: B1}}
                """;
    }

    @ParameterizedTest(name = "overall: {0} gives {1}")
    @CsvSource({"practices, 2.380952381, initial", "domains, 3.0, developing"})
    void theOverallMaturityIsTheMeanOfThePracticesOrOfTheDomains(String overall, double maturity, String band) {
        // A: four practices at step 2 (A2 weighs 1.25), so A's maturity is 2; B: one practice at step 4
        Questionnaire questionnaire = averaged("  overall: " + overall);
        Map<String, Response> responses = Map.of(
                "A1", Response.chosen("s2"),
                "A2", Response.chosen("s2"),
                "A3", Response.chosen("s2"),
                "A4", Response.chosen("s2"),
                "B1", Response.chosen("s4"));
        ScoreCard card = ScoringEngine.score(questionnaire, responses, Set.of());

        // practices: (2 + 1.25 * 2 + 2 + 2 + 4) / 5.25 = 12.5 / 5.25; domains: (2 + 4) / 2
        assertThat(card.overall().maturity()).isCloseTo(maturity, within(1e-8));
        assertThat(card.overall().band().id()).isEqualTo(band);
        // the score stays the mean of the practices either way
        assertThat(card.overall().score()).isCloseTo(100 * (0.25 * 4.25 + 0.75) / 5.25, within(1e-9));
    }
}
