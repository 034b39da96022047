package eu.resilience.assessment.assessment;

import eu.resilience.assessment.As;
import eu.resilience.assessment.organization.Organization;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

/** Fresh campaigns for tests, created by the demo lead through the campaign service, so that no test sees another's data. */
public final class TestCampaigns {

    private TestCampaigns() {}

    /** A campaign open from today for nine days with one organization invited; returns its assessment id. */
    public static long openAssessment(
            CampaignService campaigns,
            TestOrganizations organizations,
            String organizationName,
            String questionnaireId) {
        long organization = organizations
                .findByName(organizationName)
                .map(Organization::getId)
                .orElseThrow();
        long campaign = As.user(
                "lead",
                Role.LEAD,
                () -> campaigns.create(new CampaignForm(
                        "Test " + UUID.randomUUID(),
                        questionnaireId,
                        "1.0",
                        LocalDate.now(),
                        LocalDate.now().plusDays(9),
                        Set.of(organization),
                        false)));
        return As.user("lead", Role.LEAD, () -> campaigns.participation(campaign))
                .get(0)
                .assessmentId();
    }
}
