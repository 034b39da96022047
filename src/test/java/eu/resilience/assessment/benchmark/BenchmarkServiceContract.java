package eu.resilience.assessment.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.As;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.demo.PopulationGenerator;
import eu.resilience.assessment.demo.PopulationGenerator.GeneratedOrganization;
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

    Release publish(long campaign) {
        return As.user("lead", Role.LEAD, () -> benchmarks.publish(campaign));
    }

    long lastYear() {
        return As.user("lead", Role.LEAD, () -> benchmarks.campaigns()).stream()
                .filter(c -> c.name().equals("Baseline " + (LocalDate.now().getYear() - 1)))
                .findFirst()
                .orElseThrow()
                .id();
    }

    Release latest(long campaign) {
        List<Release> releases = As.user("lead", Role.LEAD, () -> benchmarks.releases(campaign));
        return releases.get(releases.size() - 1);
    }

    @Test
    void aLeadSeesAPublishedSliceWithBlockQuantilesRoundedAndNoIndividualValue() {
        List<GeneratedOrganization> organizations = new ArrayList<>(
                generator.createOrganizations("Bench energy " + UUID.randomUUID(), 12, 1, List.of("energy")));
        organizations.addAll(
                generator.createOrganizations("Bench bank " + UUID.randomUUID(), 8, 3, List.of("banking")));
        long campaign = campaign(organizations);
        Release release = publish(campaign);

        SliceReport energy =
                As.user("lead", Role.LEAD, () -> benchmarks.slice(release.id(), SliceKey.sector("energy")));

        assertThat(release.number()).isEqualTo(1);
        assertThat(release.members()).isEqualTo(20);
        assertThat(release.afterClose()).isTrue();
        assertThat(energy.isShown()).isTrue();
        assertThat(energy.n()).isEqualTo(12);
        assertThat(energy.overall().n()).isEqualTo(12);
        assertThat(energy.overall().hasQuantiles())
                .as("quantiles for the whole campaign only")
                .isFalse();
        SliceReport all = As.user("lead", Role.LEAD, () -> benchmarks.slice(release.id(), SliceKey.ALL));
        Figures overall = all.overall();
        assertThat(overall.n()).isEqualTo(20);
        assertThat(overall.hasQuantiles()).isTrue();
        assertThat(overall.p10()).isLessThanOrEqualTo(overall.q1());
        assertThat(overall.q1()).isLessThanOrEqualTo(overall.median());
        assertThat(overall.median()).isLessThanOrEqualTo(overall.q3());
        assertThat(overall.q3()).isLessThanOrEqualTo(overall.p90());
        assertThat(overall.mean() * 10).isEqualTo(Math.rint(overall.mean() * 10));
        List<Double> scores = jdbc.queryForList(
                "select overall_score from score_snapshot where campaign_id = ?", Double.class, campaign);
        // quantiles of the block means (4 blocks of k = 5), not of the individual values: checked exactly rather than
        // by their distance to individual scores, which a block mean may come near by chance
        double[] sorted =
                scores.stream().mapToDouble(Double::doubleValue).sorted().toArray();
        double[] blockMeans = new double[sorted.length];
        for (int from = 0; from < sorted.length; from += 5) {
            double sum = 0;
            for (int i = from; i < from + 5; i++) {
                sum += sorted[i];
            }
            java.util.Arrays.fill(blockMeans, from, from + 5, sum / 5);
        }
        assertThat(List.of(overall.p10(), overall.q1(), overall.median(), overall.q3(), overall.p90()))
                .containsExactly(java.util.stream.DoubleStream.of(0.10, 0.25, 0.5, 0.75, 0.90)
                        .mapToObj(q -> Figures.round(Figures.quantile(blockMeans, q)))
                        .toArray(Double[]::new));
        assertThat(overall.median()).isNotEqualTo(Figures.round(Figures.quantile(sorted, 0.5)));
        assertThat(energy.overall().levels().values().stream()
                        .mapToInt(Integer::intValue)
                        .sum())
                .isEqualTo(12);
        assertThat(energy.domains()).hasSize(10);
    }

    @Test
    void aSmallSectorIsSuppressedAndSaysWhy() {
        long campaign = campaign(population());
        Release release = publish(campaign);

        Heatmap heatmap = As.user("lead", Role.LEAD, () -> benchmarks.heatmap(release.id()));

        SliceReport health = heatmap.sectors().get("health");
        assertThat(health.isShown()).isFalse();
        assertThat(health.suppression()).isEqualTo(Suppression.BELOW_THRESHOLD);
        assertThat(health.overall()).isNull();
        // all (15) minus energy (12) would reveal the 3 health operators: energy is suppressed too
        assertThat(heatmap.sectors().get("energy").suppression()).isEqualTo(Suppression.COMPLEMENTARY);
        assertThat(heatmap.all().isShown()).isTrue();
    }

    @Test
    void onlyLeadsPublishAndReadTheLeadsFigures() {
        long campaign = campaign(population());
        Release release = publish(campaign);

        assertThatThrownBy(() ->
                        As.user("respondent", Role.RESPONDENT, () -> benchmarks.slice(release.id(), SliceKey.ALL)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("coordinator", Role.ORG_ADMIN, () -> benchmarks.heatmap(release.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("admin", Role.ADMIN, () -> benchmarks.namedResults(release.id())))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("coordinator", Role.ORG_ADMIN, () -> benchmarks.publish(campaign)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> As.user("admin", Role.ADMIN, () -> benchmarks.microdata(campaign)))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void anOperatorSeesGroupsOfAtLeastTwoKWithoutMinOrMaxAndOnlyForItsOwnAssessments() {
        long nordgridAssessment = assessmentOf("Nordgrid Energy", lastYear());

        OperatorBenchmark benchmark =
                As.user("respondent", Role.RESPONDENT, () -> benchmarks.forAssessment(nordgridAssessment));

        assertThat(benchmark.release()).isNotNull();
        assertThat(benchmark.own()).isNotNull();
        assertThat(benchmark.inRelease()).isTrue();
        assertThat(benchmark.comparison().isShown()).isTrue();
        assertThat(benchmark.comparison().n()).isGreaterThanOrEqualTo(2 * benchmarks.k());
        assertThat(benchmark.comparison().key().sector()).isIn("energy", null);
        assertThat(benchmark.percentile()).isBetween(0.0, 100.0);
        assertThat(benchmark.percentile()).isEqualTo(Math.rint(benchmark.percentile()));
        assertThat(benchmark.trend()).isNotEmpty();
        assertThatThrownBy(
                        () -> As.user("clinique", Role.ORG_ADMIN, () -> benchmarks.forAssessment(nordgridAssessment)))
                .isInstanceOf(AssessmentException.NotFound.class);
    }

    @Test
    void aCoordinatorWhoChangesItsSectorIsStillComparedWithTheSectorOfItsSubmission() {
        long nordgridAssessment = assessmentOf("Nordgrid Energy", lastYear());
        SliceKey before = As.user("coordinator", Role.ORG_ADMIN, () -> benchmarks.forAssessment(nordgridAssessment))
                .sector()
                .key();
        var profile = As.user("coordinator", Role.ORG_ADMIN, () -> administration.myOrganization());
        As.user(
                "coordinator",
                Role.ORG_ADMIN,
                () -> administration.updateMyProfile(new eu.resilience.assessment.organization.ProfileForm(
                        eu.resilience.assessment.organization.Sector.BANKING,
                        null,
                        profile.sizeClass(),
                        profile.country())));
        try {
            OperatorBenchmark after =
                    As.user("coordinator", Role.ORG_ADMIN, () -> benchmarks.forAssessment(nordgridAssessment));
            assertThat(after.own().sector()).isEqualTo("energy");
            assertThat(after.sector().key()).isEqualTo(before).isEqualTo(SliceKey.sector("energy"));
        } finally {
            As.user(
                    "coordinator",
                    Role.ORG_ADMIN,
                    () -> administration.updateMyProfile(new eu.resilience.assessment.organization.ProfileForm(
                            profile.sector(), profile.subSector(), profile.sizeClass(), profile.country())));
        }
    }

    @Test
    void namedResultsFollowConsentAtPublicationAndAWithdrawalAtOnce() {
        long campaign = campaign(population());
        Release first = publish(campaign);
        long clinique = lastYear();
        assertThat(As.user(
                        "lead",
                        Role.LEAD,
                        () -> benchmarks.namedResults(latest(clinique).id())))
                .extracting(NamedResult::organizationName)
                .doesNotContain("Clinique des Alpes");

        As.user("clinique", Role.ORG_ADMIN, () -> organizations.setNamedResultsConsent(true));
        try {
            // consent given after a release does not open that release: the release was protected without it
            assertThat(As.user(
                            "lead",
                            Role.LEAD,
                            () -> benchmarks.namedResults(latest(clinique).id())))
                    .extracting(NamedResult::organizationName)
                    .doesNotContain("Clinique des Alpes");
            assertThat(As.user("lead", Role.LEAD, () -> benchmarks.namedResults(first.id())))
                    .isEmpty();
        } finally {
            As.user("clinique", Role.ORG_ADMIN, () -> organizations.setNamedResultsConsent(false));
        }
    }

    @Test
    void aReleaseNeverChangesAndANewOneNeedsAtLeastKChanges() {
        List<GeneratedOrganization> organizations = new ArrayList<>(
                generator.createOrganizations("Bench energy " + UUID.randomUUID(), 20, 5, List.of("energy")));
        long campaign = campaign(organizations.subList(0, 12));
        Release first = publish(campaign);
        SliceReport before = As.user("lead", Role.LEAD, () -> benchmarks.slice(first.id(), SliceKey.ALL));

        // a reopen (its submission still counts) and a late submission: the published figures stay, and one change
        // cannot be released
        long reopened = assessmentOf(organizations.get(0).id(), campaign);
        extend(reopened);
        As.user("lead", Role.LEAD, () -> rework.reopen(reopened, "Typo in the evidence"));
        generator.submitGenerated(campaign, organizations.subList(12, 13), 0, false, 43);

        assertThat(As.user("lead", Role.LEAD, () -> benchmarks.slice(first.id(), SliceKey.ALL)))
                .isEqualTo(before);
        assertThatThrownBy(() -> publish(campaign))
                .isInstanceOfSatisfying(DisclosureException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("benchmark.release.too-few-changes"));
        assertThat(As.user("lead", Role.LEAD, () -> benchmarks.releases(campaign)))
                .hasSize(1);

        generator.submitGenerated(campaign, organizations.subList(13, 17), 0, false, 44);
        Release second = publish(campaign);

        assertThat(second.number()).isEqualTo(2);
        assertThat(As.user("lead", Role.LEAD, () -> benchmarks.slice(second.id(), SliceKey.ALL))
                        .n())
                .isEqualTo(17); // 12 (the reopened one with its submission) + 5 late
        assertThat(As.user("lead", Role.LEAD, () -> benchmarks.slice(first.id(), SliceKey.ALL)))
                .isEqualTo(before);
        assertThatThrownBy(() -> publish(campaign))
                .isInstanceOfSatisfying(DisclosureException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("benchmark.release.unchanged"));
    }

    @Test
    void anAssessmentWithNothingApplicableIsInNoRelease() {
        List<GeneratedOrganization> organizations =
                generator.createOrganizations("Bench energy " + UUID.randomUUID(), 12, 1, List.of("energy"));
        long campaign = campaign(organizations);
        long nothingApplicable = assessmentOf(organizations.get(0).id(), campaign);
        // stored as a submission stores an assessment whose every practice is not applicable: no level, no score
        jdbc.update(
                "update score_snapshot_domain set applicable = false, level_reached = null, band = null,"
                        + " maturity = null, score = null"
                        + " where snapshot_id in (select id from score_snapshot where assessment_id = ?)",
                nothingApplicable);
        jdbc.update(
                "update score_snapshot set overall_level = null, overall_band = null, overall_maturity = null,"
                        + " overall_score = null where assessment_id = ?",
                nothingApplicable);

        Release release = publish(campaign);

        assertThat(release.members()).isEqualTo(11);
        assertThat(As.user("lead", Role.LEAD, () -> benchmarks.slice(release.id(), SliceKey.ALL))
                        .n())
                .isEqualTo(11);
    }

    @Test
    void theDataExportComesFromTheFinalReleaseWithPseudonymsOfItsOwn() {
        List<GeneratedOrganization> organizations = new ArrayList<>(
                generator.createOrganizations("Bench energy " + UUID.randomUUID(), 7, 5, List.of("energy")));
        organizations.addAll(
                generator.createOrganizations("Bench health " + UUID.randomUUID(), 3, 6, List.of("health")));
        organizations.addAll(
                generator.createOrganizations("Bench water " + UUID.randomUUID(), 3, 7, List.of("drinking-water")));
        long open = generator.createCampaign(
                "Bench open " + UUID.randomUUID(),
                "cyber-resilience-baseline",
                "1.0",
                LocalDate.now().minusDays(5),
                LocalDate.now().plusDays(30));
        generator.submitGenerated(open, organizations, 0, false, 42);
        publish(open);
        assertThatThrownBy(() -> As.user("lead", Role.LEAD, () -> benchmarks.microdata(open)))
                .isInstanceOfSatisfying(DisclosureException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("benchmark.export.no-final-release"));

        long closed = campaign(organizations);
        publish(closed);
        Microdata first = As.user("lead", Role.LEAD, () -> benchmarks.microdata(closed));
        Microdata second = As.user("lead", Role.LEAD, () -> benchmarks.microdata(closed));

        assertThat(first.records()).hasSize(13);
        // energy has 7 (at least k) records of its own; health and water (3 each) are pooled: 6 "other sectors"
        assertThat(first.records()).filteredOn(r -> r.sector().equals("energy")).hasSize(7);
        assertThat(first.records())
                .filteredOn(r -> r.sector().equals(Microdata.OTHER_SECTORS))
                .hasSize(6);
        assertThat(first.records()).allMatch(r -> r.organizationName() == null);
        assertThat(first.records()).extracting(Microdata.Record::code).doesNotHaveDuplicates();
        assertThat(first.records()).extracting(Microdata.Record::code).isSorted();
        assertThat(first.records())
                .extracting(Microdata.Record::code)
                .doesNotContainAnyElementsOf(
                        second.records().stream().map(Microdata.Record::code).toList());
        assertThat(first.unnamedPractices()).isNotEmpty().allMatch(id -> questionnaires
                .find("cyber-resilience-baseline", "1.0")
                .orElseThrow()
                .practice(id)
                .orElseThrow()
                .condition()
                .isEmpty());

        // one reopened record would be singled out by comparing two exports: the export is refused until k changed
        long reopened = first.records().get(0).assessmentId();
        extend(reopened);
        As.user("lead", Role.LEAD, () -> rework.reopen(reopened, "A late correction"));
        assertThatThrownBy(() -> As.user("lead", Role.LEAD, () -> benchmarks.microdata(closed)))
                .isInstanceOfSatisfying(DisclosureException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("benchmark.export.too-few-changed"));
    }

    @Autowired
    eu.resilience.assessment.organization.OrganizationService organizations;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    @Autowired
    eu.resilience.assessment.organization.OrganizationAdministration administration;

    @Autowired
    eu.resilience.assessment.assessment.AssessmentService assessments;

    @Autowired
    eu.resilience.assessment.assessment.AssessmentRework rework;

    @Autowired
    eu.resilience.assessment.questionnaire.QuestionnaireService questionnaires;

    @Autowired
    eu.resilience.assessment.assessment.CampaignService campaignService;

    /** A closed campaign's assessment can be reopened only once a lead extended its deadline. */
    void extend(long assessment) {
        As.user(
                "lead",
                Role.LEAD,
                () -> campaignService.extendDeadline(assessment, LocalDate.now().plusDays(10), "Late correction"));
    }

    long assessmentOf(long organizationId, long campaign) {
        return jdbc.queryForObject(
                "select id from assessment where organization_id = ? and campaign_id = ?",
                Long.class,
                organizationId,
                campaign);
    }

    long assessmentOf(String organization, long campaign) {
        return jdbc.queryForObject(
                "select a.id from assessment a join organization o on o.id = a.organization_id"
                        + " where o.name = ? and a.campaign_id = ?",
                Long.class,
                organization,
                campaign);
    }
}
