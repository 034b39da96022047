package eu.resilience.assessment.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.As;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.assessment.PopulationGenerator;
import eu.resilience.assessment.assessment.PopulationGenerator.GeneratedOrganization;
import eu.resilience.assessment.organization.Role;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Benchmarks through the secured service, on a generated population: figures, suppression, who sees what. Run on H2
 * and PostgreSQL.
 */
abstract class BenchmarkServiceContract {

    @Autowired
    BenchmarkService benchmarks;

    @Autowired
    PopulationGenerator generator;

    /** A campaign where 12 energy and 3 health operators submitted. */
    long campaign(List<GeneratedOrganization> organizations) {
        long campaign = generator.createCampaign(
                "Bench " + UUID.randomUUID(),
                "cyber-resilience-baseline",
                "1.0",
                LocalDate.now().minusDays(60),
                LocalDate.now().minusDays(30));
        generator.submitGenerated(campaign, organizations, 0, false, 42);
        return campaign;
    }

    List<GeneratedOrganization> population() {
        List<GeneratedOrganization> organizations = new ArrayList<>(
                generator.createOrganizations("Bench energy " + UUID.randomUUID(), 12, 1, List.of("energy")));
        organizations.addAll(
                generator.createOrganizations("Bench health " + UUID.randomUUID(), 3, 2, List.of("health")));
        return organizations;
    }

    @Test
    void aLeadSeesAShownSliceWithEveryFigureIncludingMinAndMax() {
        List<GeneratedOrganization> organizations = new ArrayList<>(
                generator.createOrganizations("Bench energy " + UUID.randomUUID(), 12, 1, List.of("energy")));
        organizations.addAll(
                generator.createOrganizations("Bench bank " + UUID.randomUUID(), 8, 3, List.of("banking")));
        long campaign = campaign(organizations);

        SliceReport energy = As.user("lead", Role.LEAD, () -> benchmarks.slice(campaign, SliceKey.sector("energy")));

        assertThat(energy.isShown()).isTrue();
        assertThat(energy.n()).isEqualTo(12);
        Figures overall = energy.overall();
        assertThat(overall.n()).isEqualTo(12);
        assertThat(overall.min()).isNotNull().isLessThanOrEqualTo(overall.q1());
        assertThat(overall.q1()).isLessThanOrEqualTo(overall.median());
        assertThat(overall.median()).isLessThanOrEqualTo(overall.q3());
        assertThat(overall.q3()).isLessThanOrEqualTo(overall.max());
        assertThat(overall.levels().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(12);
        assertThat(energy.domains()).hasSize(10);
    }

    @Test
    void aSmallSectorIsSuppressedAndSaysWhy() {
        long campaign = campaign(population());

        Heatmap heatmap = As.user("lead", Role.LEAD, () -> benchmarks.heatmap(campaign));

        SliceReport health = heatmap.sectors().get("health");
        assertThat(health.isShown()).isFalse();
        assertThat(health.suppression()).isEqualTo(Suppression.BELOW_THRESHOLD);
        assertThat(health.overall()).isNull();
        // all (15) minus energy (12) would reveal the 3 health operators: energy is suppressed too
        assertThat(heatmap.sectors().get("energy").suppression()).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(heatmap.all().isShown()).isTrue();
    }

    @Test
    void operatorsAndAdministratorsCannotReadTheLeadsFigures() {
        long campaign = campaign(population());

        assertThatThrownBy(() -> As.user("respondent", Role.RESPONDENT, () -> benchmarks.slice(campaign, SliceKey.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("coordinator", Role.ORG_ADMIN, () -> benchmarks.heatmap(campaign)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("admin", Role.ADMIN, () -> benchmarks.namedResults(campaign)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOperatorSeesItsPositionWithoutMinOrMaxAndOnlyForItsOwnAssessments() {
        long lastYear = As.user("lead", Role.LEAD, () -> benchmarks.campaigns()).stream()
                .filter(c -> c.name().equals("Baseline " + (LocalDate.now().getYear() - 1)))
                .findFirst()
                .orElseThrow()
                .id();
        long nordgridAssessment = assessmentOf("Nordgrid Energy", lastYear);

        OperatorBenchmark benchmark =
                As.user("respondent", Role.RESPONDENT, () -> benchmarks.forAssessment(nordgridAssessment));

        assertThat(benchmark.own()).isNotNull();
        assertThat(benchmark.comparison().key().sector()).isEqualTo("energy");
        assertThat(benchmark.comparison().overall().min()).isNull();
        assertThat(benchmark.comparison().overall().max()).isNull();
        assertThat(benchmark.percentile()).isBetween(0.0, 100.0);
        assertThat(benchmark.trend()).isNotEmpty();
        assertThatThrownBy(
                        () -> As.user("clinique", Role.ORG_ADMIN, () -> benchmarks.forAssessment(nordgridAssessment)))
                .isInstanceOf(AssessmentException.NotFound.class);
    }

    @Test
    void namedResultsShowOnlyOrganizationsThatConsented() {
        long lastYear = As.user("lead", Role.LEAD, () -> benchmarks.campaigns()).stream()
                .filter(c -> c.name().equals("Baseline " + (LocalDate.now().getYear() - 1)))
                .findFirst()
                .orElseThrow()
                .id();
        assertThat(As.user("lead", Role.LEAD, () -> benchmarks.namedResults(lastYear)))
                .extracting(NamedResult::organizationName)
                .doesNotContain("Clinique des Alpes");

        As.user("clinique", Role.ORG_ADMIN, () -> organizations.setNamedResultsConsent(true));
        try {
            assertThat(As.user("lead", Role.LEAD, () -> benchmarks.namedResults(lastYear)))
                    .extracting(NamedResult::organizationName)
                    .contains("Clinique des Alpes");
        } finally {
            As.user("clinique", Role.ORG_ADMIN, () -> organizations.setNamedResultsConsent(false));
        }
    }

    @Test
    void aNewSubmissionIsSeenAtOnce() {
        List<GeneratedOrganization> organizations = population();
        long campaign = campaign(organizations.subList(0, 6));
        int before = As.user("lead", Role.LEAD, () -> benchmarks.slice(campaign, SliceKey.ALL))
                .n();

        generator.submitGenerated(campaign, organizations.subList(6, 8), 0, false, 43);

        assertThat(As.user("lead", Role.LEAD, () -> benchmarks.slice(campaign, SliceKey.ALL))
                        .n())
                .isEqualTo(before + 2);
    }

    @Autowired
    eu.resilience.assessment.organization.OrganizationService organizations;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    long assessmentOf(String organization, long campaign) {
        return jdbc.queryForObject(
                "select a.id from assessment a join organization o on o.id = a.organization_id"
                        + " where o.name = ? and a.campaign_id = ?",
                Long.class,
                organization,
                campaign);
    }
}
