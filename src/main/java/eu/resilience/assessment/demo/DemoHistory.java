package eu.resilience.assessment.demo;

import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.CampaignSummary;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.organization.Role;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Benchmark history for the embedded start: 60 generated operators (and 2 of the space sector, a sector too small to be
 * shown), the baseline submitted by everybody two years ago and last year, and most generated operators already
 * submitted in this year's campaign. The demo logins' organizations keep this year's assessment open for answering.
 * Left out with {@code resilience.demo-history=false}: the demo organizations, logins and open campaigns only.
 */
@Component
@Order(200)
@DemoProfile
class DemoHistory implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoHistory.class);
    private static final long SEED = 2026;

    private final PopulationGenerator generator;
    private final OrganizationService organizations;
    private final CampaignService campaigns;
    private final Clock clock;
    private final boolean enabled;

    DemoHistory(
            PopulationGenerator generator,
            OrganizationService organizations,
            CampaignService campaigns,
            Clock clock,
            @Value("${resilience.demo-history:true}") boolean enabled) {
        this.generator = generator;
        this.organizations = organizations;
        this.campaigns = campaigns;
        this.clock = clock;
        this.enabled = enabled;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (!enabled) {
            return;
        }
        int year = LocalDate.now(clock).getYear();
        List<CampaignSummary> existing = SystemUser.as(Role.LEAD, campaigns::campaigns);
        if (existing.stream().anyMatch(c -> c.name().equals("Baseline " + (year - 1)))) {
            return;
        }
        List<Long> current = existing.stream()
                .filter(c -> c.name().equals("Baseline " + year))
                .map(CampaignSummary::id)
                .toList();
        if (current.isEmpty()) {
            return;
        }
        List<PopulationGenerator.GeneratedOrganization> demo = new ArrayList<>();
        SystemUser.as(Role.LEAD, () -> {
            for (OrganizationSummary o : organizations.activeOrganizations()) {
                demo.add(new PopulationGenerator.GeneratedOrganization(
                        o.id(), o.sector().id(), o.sizeClass().id(), o.country()));
            }
            return null;
        });
        List<PopulationGenerator.GeneratedOrganization> generated =
                new ArrayList<>(generator.createOrganizations("Space operator", 2, SEED + 1, List.of("space")));
        generated.addAll(generator.createOrganizations("Operator", 60, SEED, List.of()));
        List<PopulationGenerator.GeneratedOrganization> everybody = new ArrayList<>(demo);
        everybody.addAll(generated);
        for (int round = 0; round < 2; round++) {
            int campaignYear = year - 2 + round;
            long campaign = generator.createCampaign(
                    "Baseline " + campaignYear,
                    "cyber-resilience-baseline",
                    "1.0",
                    LocalDate.of(campaignYear, 3, 1),
                    LocalDate.of(campaignYear, 5, 31));
            generator.submitGenerated(campaign, everybody, round, true, SEED);
        }
        List<PopulationGenerator.GeneratedOrganization> submittedThisYear =
                generated.subList(0, generated.size() * 4 / 5);
        generator.submitGenerated(current.get(0), submittedThisYear, 2, true, SEED);
        log.info(
                "Demo history created: {} generated operators, 2 past campaigns, {} submissions this year",
                generated.size(),
                submittedThisYear.size());
    }
}
