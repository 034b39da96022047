package eu.resilience.assessment.scoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.TestQuestionnaires;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.Test;

/** The baseline by framework: NIS2 Art. 21(2)(a)-(j), each with the practices that cover it and how they stand. */
class FrameworkCoverageTest {

    private static final Questionnaire BASELINE = TestQuestionnaires.shipped("cyber-resilience-baseline-1.0.yaml");

    @Test
    void everyNis2PointListsItsPracticesWithTheirAnswers() {
        Map<String, Response> responses = new HashMap<>();
        BASELINE.practices().forEach(p -> responses.put(p.id(), Response.chosen("fully")));
        responses.put("GOV.1.1", Response.chosen("partially"));
        responses.remove("GOV.1.2");
        String naPractice = BASELINE.practices().stream()
                .filter(p -> p.naAllowed() && !p.references().nis2().isEmpty())
                .findFirst()
                .orElseThrow()
                .id();
        responses.put(naPractice, Response.notApplicable("none here"));

        List<FrameworkCoverage> coverage = FrameworkCoverage.of(BASELINE, responses, Set.of());

        assertThat(coverage).extracting(c -> c.framework().key()).containsExactly("nist_csf", "iso27001", "nis2");
        FrameworkCoverage nis2 = coverage.get(2);
        assertThat(nis2.points())
                .extracting(FrameworkCoverage.Point::id)
                .containsExactly(
                        "21(2)(a)",
                        "21(2)(b)",
                        "21(2)(c)",
                        "21(2)(d)",
                        "21(2)(e)",
                        "21(2)(f)",
                        "21(2)(g)",
                        "21(2)(h)",
                        "21(2)(i)",
                        "21(2)(j)");
        FrameworkCoverage.Point a = nis2.points().get(0);
        var gov11 = a.practices().stream()
                .filter(c -> c.practice().id().equals("GOV.1.1"))
                .findFirst()
                .orElseThrow();
        assertThat(gov11.status()).isEqualTo(FrameworkCoverage.Status.NOT_ACHIEVED);
        assertThat(gov11.option().id()).isEqualTo("partially");
        assertThat(a.achieved()).isEqualTo(a.applicable() - 1 - unanswered(a));
        // every practice that references NIS2 is listed under each point it names, in questionnaire order
        long references = BASELINE.practices().stream()
                .mapToLong(p -> p.references().nis2().size())
                .sum();
        assertThat(nis2.points().stream().mapToLong(p -> p.practices().size()).sum())
                .isEqualTo(references);
        assertThat(nis2.points().stream()
                        .flatMap(p -> p.practices().stream())
                        .filter(c -> c.practice().id().equals(naPractice)))
                .allMatch(c -> c.status() == FrameworkCoverage.Status.NOT_APPLICABLE);
    }

    @Test
    void isoControlsAreInNumericOrder() {
        List<String> ids = FrameworkCoverage.of(BASELINE, Map.of(), Set.of()).get(1).points().stream()
                .map(FrameworkCoverage.Point::id)
                .toList();
        for (int i = 1; i < ids.size(); i++) {
            String[] before = ids.get(i - 1).split("\\.");
            String[] after = ids.get(i).split("\\.");
            int b = Integer.parseInt(before[1]) * 100 + Integer.parseInt(before[2]);
            int c = Integer.parseInt(after[1]) * 100 + Integer.parseInt(after[2]);
            assertThat(c).as(ids.get(i - 1) + " before " + ids.get(i)).isGreaterThan(b);
        }
    }

    private static long unanswered(FrameworkCoverage.Point point) {
        return point.practices().stream()
                .filter(c -> c.status() == FrameworkCoverage.Status.UNANSWERED)
                .count();
    }
}
