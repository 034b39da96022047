package eu.resilience.assessment.plan;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.questionnaire.OrganizationProfile;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.TestQuestionnaires;
import eu.resilience.assessment.scoring.Response;
import eu.resilience.assessment.scoring.ScoringEngine;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Worked examples of the gap to target on the scoring examples (src/test/resources/questionnaires). Cumulative: domain A
 * has A.1 (MIL1, w1), A.2 (MIL1, w2), A.3 (MIL2, w1, N/A allowed), A.4 (MIL3, w1); domain B has B.1 (MIL1, w1), B.2
 * (MIL2, w3), B.3 (MIL3, w1, large organizations only). Fully (1.0) and largely (0.67) are achieved, partially (0.33)
 * and not-implemented (0) are not. Averaged: H.1 (w1), H.2 (w3), H.3 (w1) on steps 1-5; bands from 1, 2 and 3.
 */
class GapCalculatorTest {

    private static final Questionnaire CUMULATIVE = TestQuestionnaires.example("scoring-example-1.0.yaml");
    private static final Questionnaire AVERAGED = TestQuestionnaires.example("averaged-example-1.0.yaml");
    private static final OrganizationProfile LARGE = new OrganizationProfile("energy", "large", "DE");
    private static final OrganizationProfile MICRO = new OrganizationProfile("energy", "micro", "DE");

    private static TargetGap gap(
            Questionnaire questionnaire, OrganizationProfile profile, Target target, String... idAndOption) {
        Map<String, String> options = new HashMap<>();
        Map<String, Response> responses = new HashMap<>();
        for (int i = 0; i < idAndOption.length; i += 2) {
            options.put(idAndOption[i], idAndOption[i + 1]);
            responses.put(
                    idAndOption[i],
                    idAndOption[i + 1].equals("na")
                            ? Response.notApplicable("none here")
                            : Response.chosen(idAndOption[i + 1]));
        }
        Set<String> hidden = questionnaire.hiddenPractices(profile, options);
        return GapCalculator.gap(ScoringEngine.score(questionnaire, responses, hidden), options, hidden, target);
    }

    private static Target target(Map<String, DomainTarget> domains, Map<String, String> minimums) {
        return new Target(1, "Sector target", "scoring-example", "1.0", null, null, domains, minimums);
    }

    private static TargetGap.DomainGap domain(TargetGap gap, String id) {
        return gap.domains().stream()
                .filter(d -> d.domain().id().equals(id))
                .findFirst()
                .orElseThrow();
    }

    private static List<String> closing(TargetGap.DomainGap domain) {
        return domain.closing().stream().map(c -> c.practice().id()).toList();
    }

    @Test
    void aDomainAtOrAboveItsTargetLevelIsReachedWithNothingToClose() {
        // A: A.1, A.2 fully (MIL1), A.3 largely (MIL2 achieved), A.4 partially: level 2; target 2 is reached
        TargetGap gap = gap(
                CUMULATIVE,
                LARGE,
                target(Map.of("A", DomainTarget.level(2)), Map.of()),
                "A.1",
                "fully",
                "A.2",
                "fully",
                "A.3",
                "largely",
                "A.4",
                "partially");

        TargetGap.DomainGap a = domain(gap, "A");
        assertThat(a.rating().level()).isEqualTo(2);
        assertThat(a.reached()).isTrue();
        assertThat(a.closing()).isEmpty();
        // B has no target: it counts as reached, whatever its level (0 here), and is shown as "no target"
        assertThat(domain(gap, "B").reached()).isTrue();
        assertThat(gap.asksAnythingOf(domain(gap, "B"))).isFalse();
        assertThat(gap.asksAnythingOf(a)).isTrue();
        assertThat(gap.missing()).isEmpty();
    }

    @Test
    void aTargetTwoLevelsUpListsEveryPracticeUpToItInTheOrderOfTheNextSteps() {
        // B: B.1 partially (MIL1 blocks), B.2 not-implemented (MIL2), B.3 unanswered (MIL3, large): level 0.
        // Target MIL3: every practice of level <= 3 not achieved closes the gap: B.1 (MIL1) first, then B.2 (MIL2), B.3
        TargetGap gap = gap(
                CUMULATIVE,
                LARGE,
                target(Map.of("B", DomainTarget.level(3)), Map.of()),
                "B.1",
                "partially",
                "B.2",
                "not-implemented");

        TargetGap.DomainGap b = domain(gap, "B");
        assertThat(b.reached()).isFalse();
        assertThat(closing(b)).containsExactly("B.1", "B.2", "B.3");
        assertThat(b.closing())
                .extracting(TargetGap.ClosingPractice::neededLevel)
                .containsExactly(1, 2, 3);
        assertThat(b.closing().get(2).current()).isNull();
    }

    @Test
    void withinALevelHeavierPracticesComeFirstAndHiddenOrNotApplicableOnesNeverBlock() {
        // A: nothing answered except A.3 N/A. Target MIL2: A.2 (w2) before A.1 (w1); A.3 is N/A, so not listed.
        // B for a micro organization: B.3 is hidden; target MIL3 needs B.1 and B.2 only
        TargetGap gap = gap(
                CUMULATIVE,
                MICRO,
                target(Map.of("A", DomainTarget.level(2), "B", DomainTarget.level(3)), Map.of()),
                "A.3",
                "na",
                "B.1",
                "fully",
                "B.2",
                "partially");

        assertThat(closing(domain(gap, "A"))).containsExactly("A.2", "A.1");
        assertThat(closing(domain(gap, "B"))).containsExactly("B.2");
        assertThat(gap.missing()).hasSize(2);
    }

    @Test
    void anUnmetPracticeMinimumMissesTheTargetEvenWhenTheLevelIsReached() {
        // A at MIL2 (A.1 largely, A.2 fully, A.3 fully), target MIL1, but A.1 must be at least fully: missed through
        // A.1
        TargetGap gap = gap(
                CUMULATIVE,
                LARGE,
                target(Map.of("A", DomainTarget.level(1)), Map.of("A.1", "fully")),
                "A.1",
                "largely",
                "A.2",
                "fully",
                "A.3",
                "fully");

        TargetGap.DomainGap a = domain(gap, "A");
        assertThat(a.rating().level()).isEqualTo(2);
        assertThat(a.reached()).isFalse();
        assertThat(closing(a)).containsExactly("A.1");
        assertThat(a.closing().get(0).minimum().id()).isEqualTo("fully");
        assertThat(a.closing().get(0).current().id()).isEqualTo("largely");
    }

    @Test
    void aMinimumMetOrNotApplicableLeavesTheDomainReached() {
        // B.1 fully meets "at least largely"; B.3 is hidden for a micro organization, so its minimum does not apply
        TargetGap gap =
                gap(CUMULATIVE, MICRO, target(Map.of(), Map.of("B.1", "largely", "B.3", "fully")), "B.1", "fully");

        assertThat(domain(gap, "B").reached()).isTrue();
        assertThat(domain(gap, "B").closing()).isEmpty();
        // no level asked of B, but least options of its practices: B has a target, reached
        assertThat(gap.asksAnythingOf(domain(gap, "B"))).isTrue();
    }

    @Test
    void anAveragedDomainReachesItsBandWhenItsMaturityIsAtLeastTheBandsStart() {
        // H.1 s2 (w1), H.2 s3 (w3), H.3 s4 (w1): maturity (2 + 9 + 4) / 5 = 3.0, band "defined" (from 3): reached
        Target defined = new Target(
                1,
                "Defined",
                "averaged-example",
                "1.0",
                null,
                null,
                Map.of("H", DomainTarget.band("defined")),
                Map.of());
        TargetGap reached = gap(AVERAGED, LARGE, defined, "H.1", "s2", "H.2", "s3", "H.3", "s4");
        assertThat(domain(reached, "H").rating().maturity()).isEqualTo(3.0);
        assertThat(domain(reached, "H").reached()).isTrue();

        // H.1 s2, H.2 s2, H.3 s4: maturity (2 + 6 + 4) / 5 = 2.4 < 3: missed; closing: every step below 3,
        // weakest step first, then heavier first: H.2 (s2, w3), H.1 (s2, w1)
        TargetGap missed = gap(AVERAGED, LARGE, defined, "H.1", "s2", "H.2", "s2", "H.3", "s4");
        assertThat(domain(missed, "H").reached()).isFalse();
        assertThat(closing(domain(missed, "H"))).containsExactly("H.2", "H.1");
    }

    @Test
    void targetsApplyToTheirSectorAndSizeAndTheMostSpecificWins() {
        Target all = new Target(1, "All", "q", "1.0", null, null, Map.of(), Map.of());
        Target energy = new Target(2, "Energy", "q", "1.0", "energy", null, Map.of(), Map.of());
        Target largeEnergy = new Target(3, "Large energy", "q", "1.0", "energy", "large", Map.of(), Map.of());

        assertThat(all.appliesTo("health", "small")).isTrue();
        assertThat(energy.appliesTo("health", "large")).isFalse();
        assertThat(largeEnergy.appliesTo("energy", "small")).isFalse();
        assertThat(List.of(all, energy, largeEnergy).stream()
                        .filter(t -> t.appliesTo("energy", "large"))
                        .max(java.util.Comparator.comparingInt(Target::specificity))
                        .orElseThrow()
                        .name())
                .isEqualTo("Large energy");
    }
}
