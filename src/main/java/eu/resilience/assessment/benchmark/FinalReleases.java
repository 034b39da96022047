package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.assessment.SnapshotReader;
import eu.resilience.assessment.assessment.SnapshotReader.CampaignRef;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Publishes the final release of every campaign whose close date has passed and that has no release since, once a
 * night: the figures of a closed campaign do not wait for a lead. Refusals of the disclosure
 * rules (too few changes since the last release) are logged and tried again the next night.
 */
@Configuration
@EnableScheduling
class FinalReleases {

    private static final Logger log = LoggerFactory.getLogger(FinalReleases.class);

    private final SnapshotReader snapshots;
    private final ReleaseStore store;
    private final BenchmarkService benchmarks;
    private final TransactionTemplate transactions;
    private final Clock clock;

    FinalReleases(
            SnapshotReader snapshots,
            ReleaseStore store,
            BenchmarkService benchmarks,
            TransactionTemplate transactions,
            Clock clock) {
        this.snapshots = snapshots;
        this.store = store;
        this.benchmarks = benchmarks;
        this.transactions = transactions;
        this.clock = clock;
    }

    @Scheduled(cron = "${resilience.benchmark.final-release-cron:0 30 2 * * *}")
    void publishClosedCampaigns() {
        LocalDate today = LocalDate.now(clock);
        for (CampaignRef campaign : snapshots.campaigns()) {
            if (!today.isAfter(campaign.closesOn())
                    || store.releases(campaign.id()).stream().anyMatch(Release::afterClose)) {
                continue;
            }
            publish(campaign);
        }
    }

    /** Publishes one campaign's release as the system, unless the disclosure rules refuse it. */
    void publish(CampaignRef campaign) {
        CurrentUser.runAsSystem(Role.LEAD, () -> {
            try {
                transactions.executeWithoutResult(status -> benchmarks.publishAs(campaign, "system"));
            } catch (DisclosureException refused) {
                log.info("No release of campaign {} now: {}", campaign.name(), refused.messageKey());
            } catch (DataIntegrityViolationException anotherNode) {
                // several nodes run this job at the same minute: the release number is unique per campaign
                log.info("The final release of campaign {} was published by another node", campaign.name());
            }
        });
    }
}
