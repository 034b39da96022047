package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.assessment.SnapshotReader.CampaignRef;
import java.util.List;
import java.util.Map;

/**
 * Sectors against domains for one release of a campaign: each row is the sector's slice report; the last row is the
 * whole campaign.
 */
public record Heatmap(
        CampaignRef campaign,
        Release release,
        List<String> domainIds,
        Map<String, SliceReport> sectors,
        SliceReport all) {}
