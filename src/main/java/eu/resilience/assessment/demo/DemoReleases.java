package eu.resilience.assessment.demo;

import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.CampaignSummary;
import eu.resilience.assessment.benchmark.BenchmarkService;
import eu.resilience.assessment.benchmark.DisclosureException;
import eu.resilience.assessment.organization.Role;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo start: publishes a release of every campaign of the demo history that has submissions and no release yet (the
 * past campaigns get their final release, this year's an interim one), after the history is created; as the system
 * user with the lead's role, through the benchmark service (the disclosure rules apply as to any release).
 */
@Component
@Order(300)
@DemoProfile
class DemoReleases implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoReleases.class);

    private final CampaignService campaigns;
    private final BenchmarkService benchmarks;

    DemoReleases(CampaignService campaigns, BenchmarkService benchmarks) {
        this.campaigns = campaigns;
        this.benchmarks = benchmarks;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.as(Role.LEAD, () -> {
            for (CampaignSummary campaign : campaigns.campaigns()) {
                if (campaign.submitted() > 0
                        && benchmarks.releases(campaign.id()).isEmpty()) {
                    try {
                        benchmarks.publish(campaign.id());
                    } catch (DisclosureException refused) {
                        log.info("No release of campaign {} now: {}", campaign.name(), refused.messageKey());
                    }
                }
            }
            return null;
        });
    }
}
