package eu.resilience.assessment.demo;

import eu.resilience.assessment.assessment.CampaignForm;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.SizeClass;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo campaigns for the embedded start, created through the campaign service as a partnership lead would: the baseline
 * for every demo organization and the quick check for the small ones, open from two weeks ago for two months.
 */
@Component
@Order(100)
@DemoProfile
class DemoCampaigns implements ApplicationRunner {

    private final CampaignService campaigns;
    private final OrganizationService organizations;
    private final Clock clock;

    DemoCampaigns(CampaignService campaigns, OrganizationService organizations, Clock clock) {
        this.campaigns = campaigns;
        this.organizations = organizations;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.as(Role.LEAD, () -> {
            if (!campaigns.campaigns().isEmpty()) {
                return null;
            }
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
            return null;
        });
    }

    private static Set<Long> ids(List<OrganizationSummary> organizations) {
        return organizations.stream().map(OrganizationSummary::id).collect(Collectors.toSet());
    }
}
