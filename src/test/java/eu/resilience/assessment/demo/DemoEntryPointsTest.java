package eu.resilience.assessment.demo;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.As;
import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.assessment.GeneratedHistory;
import eu.resilience.assessment.organization.OrganizationSeeding;
import eu.resilience.assessment.organization.OrganizationSeeding.NewOrganization;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;

/**
 * The bulk entry points the demo writes through are for administrators only: production code paths gain no unchecked
 * way to create organizations, accounts, campaigns or submissions. The generator itself runs them as the system
 * administrator, and its submissions carry the snapshot a submission stores.
 */
@H2Test
class DemoEntryPointsTest {

    @Autowired
    OrganizationSeeding seeding;

    @Autowired
    GeneratedHistory history;

    @Autowired
    PopulationGenerator generator;

    @Autowired
    JdbcTemplate jdbc;

    private static final List<NewOrganization> ONE =
            List.of(new NewOrganization("Refused " + UUID.randomUUID(), Sector.ENERGY, null, SizeClass.SMALL, "DE"));

    @Test
    void nobodyButAnAdministratorSeedsOrganizationsOrAccounts() {
        for (Role role : List.of(Role.LEAD, Role.ORG_ADMIN, Role.RESPONDENT)) {
            assertThatThrownBy(() -> As.user("lead", role, () -> seeding.createOrganizations(ONE)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> As.user("lead", role, () -> seeding.createAccounts("x", List.of())))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> As.user("lead", role, () -> seeding.hasAccounts()))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> seeding.createOrganizations(ONE))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThat(jdbc.queryForObject(
                        "select count(*) from organization where name = ?",
                        Integer.class,
                        ONE.get(0).name()))
                .isZero();
        assertThat(As.user("admin", Role.ADMIN, () -> seeding.hasAccounts())).isTrue();
    }

    @Test
    void nobodyButAnAdministratorWritesGeneratedHistory() {
        LocalDate day = LocalDate.now().minusYears(5);
        for (Role role : List.of(Role.LEAD, Role.ORG_ADMIN, Role.RESPONDENT)) {
            assertThatThrownBy(() -> As.user(
                            "lead",
                            role,
                            () -> history.createCampaign(
                                    "Refused", "cyber-resilience-baseline", "1.0", day, day.plusDays(1))))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> As.user("lead", role, () -> {
                        history.submit(1, List.of(), true);
                        return null;
                    }))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() -> As.user("lead", role, () -> history.questionnaireOf(1)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> history.createCampaign("Refused", "cyber-resilience-baseline", "1.0", day, day))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }

    @Test
    void theGeneratorWritesSubmittedAssessmentsWithTheirAnswersAndSnapshots() {
        var organizations = generator.createOrganizations("Entry " + UUID.randomUUID(), 3, 7, List.of("health"));
        long campaign = generator.createCampaign(
                "Entry " + UUID.randomUUID(),
                "cyber-resilience-baseline",
                "1.0",
                LocalDate.now().minusDays(40),
                LocalDate.now().minusDays(10));

        generator.submitGenerated(campaign, organizations, 0, true, 7);

        assertThat(jdbc.queryForList("select status from assessment where campaign_id = ?", String.class, campaign))
                .containsExactly("SUBMITTED", "SUBMITTED", "SUBMITTED");
        assertThat(jdbc.queryForObject(
                        "select count(*) from score_snapshot where campaign_id = ? and sector = 'health'"
                                + " and superseded_at is null",
                        Integer.class,
                        campaign))
                .isEqualTo(3);
        assertThat(jdbc.queryForObject(
                        "select count(*) from score_snapshot_domain d join score_snapshot s on s.id = d.snapshot_id"
                                + " where s.campaign_id = ?",
                        Integer.class,
                        campaign))
                .isEqualTo(30);
        assertThat(jdbc.queryForObject(
                        "select count(*) from answer a join assessment s on s.id = a.assessment_id"
                                + " where s.campaign_id = ?",
                        Integer.class,
                        campaign))
                .isGreaterThan(3 * 50);
    }
}
