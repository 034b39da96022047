package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.assessment.SnapshotReader.CampaignRef;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.util.List;
import java.util.Map;

/**
 * An operator's position in a campaign's benchmark.
 *
 * @param own its submitted figures, or null when not submitted
 * @param comparison the sector slice when shown, otherwise the whole campaign
 * @param percentile its overall percentile in the comparison slice, or null
 * @param trend its own overall result in each campaign of the questionnaire up to this one
 */
public record OperatorBenchmark(
        CampaignRef campaign,
        Questionnaire questionnaire,
        Population.Member own,
        SliceReport sector,
        SliceReport all,
        SliceReport comparison,
        Double percentile,
        Map<String, Double> domainPercentiles,
        List<OwnPoint> trend) {

    /** The organization's own overall result in one campaign. */
    public record OwnPoint(CampaignRef campaign, Double score, int level, String band) {}
}
