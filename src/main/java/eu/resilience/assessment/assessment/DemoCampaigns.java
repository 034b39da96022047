package eu.resilience.assessment.assessment;

import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.SizeClass;
import eu.resilience.assessment.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo campaigns for the embedded start, created through the campaign service as a partnership lead would: the baseline
 * for every demo organization and the quick check for the small ones, open from two weeks ago for two months.
 */
@Component
@Order(100)
@ConditionalOnProperty(name = "resilience.demo-data", havingValue = "true")
class DemoCampaigns implements ApplicationRunner {

    private final CampaignService campaigns;
    private final CampaignRepository campaignRepository;
    private final OrganizationService organizations;
    private final Clock clock;

    DemoCampaigns(
            CampaignService campaigns,
            CampaignRepository campaignRepository,
            OrganizationService organizations,
            Clock clock) {
        this.campaigns = campaigns;
        this.campaignRepository = campaignRepository;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (campaignRepository.count() > 0) {
            return;
        }
        CurrentUser.runAsSystem(Role.LEAD, () -> {
            List<OrganizationSummary> all = organizations.activeOrganizations();
            LocalDate today = LocalDate.now(clock);
            campaigns.create(new CampaignForm(
                    "Baseline " + today.getYear(),
                    "cyber-resilience-baseline",
                    "1.0",
                    today.minusWeeks(2),
                    today.plusWeeks(8),
                    ids(all),
                    false));
            campaigns.create(new CampaignForm(
                    "Quick check " + today.getYear(),
                    "quick-check",
                    "1.0",
                    today.minusWeeks(2),
                    today.plusWeeks(8),
                    ids(all.stream()
                            .filter(o -> o.sizeClass() == SizeClass.MICRO
                                    || o.sizeClass() == SizeClass.SMALL
                                    || o.name().equals("Nordgrid Energy"))
                            .toList()),
                    false));
        });
    }

    private static Set<Long> ids(List<OrganizationSummary> organizations) {
        return organizations.stream().map(OrganizationSummary::id).collect(Collectors.toSet());
    }
}
