package eu.resilience.assessment.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.As;
import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.organization.OrganizationAdministration;
import eu.resilience.assessment.organization.OrganizationForm;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.organization.ProfileForm;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import eu.resilience.assessment.organization.UserAdministration;
import eu.resilience.assessment.organization.UserForm;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * An open assessment reads the organization's profile each time it is opened: when the coordinator changes the profile,
 * the visibility conditions on sector and size follow at once.
 */
@H2Test
class ProfileChangeVisibilityTest {

    /** Patient health data: {@code visible_when: "sector == 'health'"} in the baseline. */
    private static final String HEALTH_PRACTICE = "PROTECT.1.5";

    @Autowired
    OrganizationAdministration organizations;

    @Autowired
    UserAdministration users;

    @Autowired
    CampaignService campaigns;

    @Autowired
    AssessmentService assessments;

    @Test
    void changingTheSectorReevaluatesTheVisibilityOfAnOpenAssessment() {
        OrganizationSummary operator = As.user(
                "admin",
                Role.ADMIN,
                () -> organizations.create(new OrganizationForm(
                        "Hospital-to-be " + UUID.randomUUID(),
                        new ProfileForm(Sector.ENERGY, null, SizeClass.SMALL, "FR"))));
        String coordinator = "coord-" + UUID.randomUUID().toString().substring(0, 8);
        As.user(
                "admin",
                Role.ADMIN,
                () -> users.create(new UserForm(
                        coordinator, "Coordinator", Role.ORG_ADMIN, operator.id(), "a long enough passphrase")));
        long campaign = As.user(
                "lead",
                Role.LEAD,
                () -> campaigns.create(new CampaignForm(
                        "Profile " + UUID.randomUUID(),
                        "cyber-resilience-baseline",
                        "1.0",
                        LocalDate.now(),
                        LocalDate.now().plusDays(30),
                        Set.of(operator.id()),
                        false)));
        long assessment = As.user("lead", Role.LEAD, () -> campaigns.participation(campaign))
                .get(0)
                .assessmentId();

        assertThat(As.user(coordinator, Role.ORG_ADMIN, () -> assessments.open(assessment))
                        .hiddenPractices())
                .contains(HEALTH_PRACTICE);

        As.user(
                coordinator,
                Role.ORG_ADMIN,
                () -> organizations.updateMyProfile(new ProfileForm(Sector.HEALTH, null, SizeClass.SMALL, "FR")));

        assertThat(As.user(coordinator, Role.ORG_ADMIN, () -> assessments.open(assessment))
                        .hiddenPractices())
                .doesNotContain(HEALTH_PRACTICE);
    }
}
