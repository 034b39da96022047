package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.assessment.SnapshotReader;
import eu.resilience.assessment.assessment.SnapshotReader.CampaignRef;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo start: publishes a release of every campaign of the demo history that has submissions and no release yet (the
 * past campaigns get their final release, this year's an interim one), after the history is created.
 */
@Component
@Order(300)
@ConditionalOnProperty(name = "resilience.demo-data", havingValue = "true")
class DemoReleases implements ApplicationRunner {

    private final SnapshotReader snapshots;
    private final ReleaseStore store;
    private final FinalReleases releases;

    DemoReleases(SnapshotReader snapshots, ReleaseStore store, FinalReleases releases) {
        this.snapshots = snapshots;
        this.store = store;
        this.releases = releases;
    }

    @Override
    public void run(ApplicationArguments args) {
        for (CampaignRef campaign : snapshots.campaigns()) {
            if (store.releases(campaign.id()).isEmpty()
                    && snapshots.fingerprint(campaign.id()).count() > 0) {
                releases.publish(campaign);
            }
        }
    }
}
