package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.assessment.SnapshotReader.CampaignRef;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.util.List;
import java.util.Map;

/**
 * An operator's position in the latest benchmark release of a campaign, as operators may see it (docs/DISCLOSURE.md):
 * groups of at least 2k organizations, quantiles of the microaggregated values, no min or max.
 *
 * @param release the latest release, or null when none is published yet
 * @param own its submitted figures, or null when not submitted
 * @param inRelease whether its submission is the one the release was computed from
 * @param sector the operator figures of the sector of its submission (not of its current profile)
 * @param comparison the sector slice when shown, otherwise the whole campaign
 * @param percentile its overall percentile in the comparison group, as computed at publication, or null
 * @param trend its own overall result in each campaign of the questionnaire up to this one
 */
public record OperatorBenchmark(
        CampaignRef campaign,
        Questionnaire questionnaire,
        Release release,
        Population.Member own,
        boolean inRelease,
        SliceReport sector,
        SliceReport all,
        SliceReport comparison,
        Double percentile,
        Map<String, Double> domainPercentiles,
        List<OwnPoint> trend) {

    /** The organization's own overall result in one campaign. */
    public record OwnPoint(CampaignRef campaign, Double score, Integer level, String band) {}
}
