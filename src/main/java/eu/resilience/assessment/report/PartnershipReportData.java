package eu.resilience.assessment.report;

import eu.resilience.assessment.assessment.AssessmentStatus;
import eu.resilience.assessment.assessment.Participation;
import eu.resilience.assessment.assessment.SnapshotReader.CampaignRef;
import eu.resilience.assessment.benchmark.Heatmap;
import eu.resilience.assessment.benchmark.Suppression;
import eu.resilience.assessment.benchmark.TrendPoint;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Everything a partnership benchmark report shows of a campaign, as the benchmark service gives it to a partnership
 * lead: suppressed slices and cells come suppressed, and stay so in the report.
 *
 * @param questionnaire the campaign's questionnaire (domain titles), or null when it is no longer loaded
 */
public record PartnershipReportData(
        CampaignRef campaign,
        Questionnaire questionnaire,
        List<Participation> participation,
        Heatmap heatmap,
        List<TrendPoint> trend,
        int k,
        Tlp tlp,
        LocalDate date,
        Texts texts) {

    /** Invited, started and submitted organizations per sector id (counts only, no names), and in total under "". */
    public Map<String, int[]> participationBySector() {
        Map<String, int[]> bySector = new TreeMap<>();
        for (Participation p : participation) {
            for (String key : List.of(p.sector(), "")) {
                int[] counts = bySector.computeIfAbsent(key, s -> new int[3]);
                counts[0]++;
                counts[1] += p.status() == AssessmentStatus.NOT_STARTED ? 0 : 1;
                counts[2] += p.status() == AssessmentStatus.SUBMITTED ? 1 : 0;
            }
        }
        return bySector;
    }

    public String sectorName(String sectorId) {
        return sectorId.isEmpty() ? texts.get("benchmark.all") : texts.get("sector." + sectorId);
    }

    public String domainTitle(String domainId) {
        return questionnaire == null
                ? domainId
                : questionnaire
                        .domain(domainId)
                        .map(d -> domainId + " " + texts.in(d.title()))
                        .orElse(domainId);
    }

    /** Why a figure is hidden, in words. */
    public String suppressed(Suppression suppression) {
        return suppression == null
                ? texts.get("benchmark.suppressed.short")
                : texts.get("benchmark.suppressed." + suppression.name(), k);
    }

    /** "Release n of the campaign, published on ... from m submissions". */
    public String releaseLine() {
        var release = heatmap.release();
        return texts.get(
                "benchmark.release.line",
                release.number(),
                java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                        .withLocale(texts.locale())
                        .format(release.publishedAt().atZone(java.time.ZoneId.systemDefault())),
                release.members());
    }

    /** The campaign and the report kind: see {@link FileNames}. */
    public String fileName(String kind, String extension) {
        return FileNames.of(List.of(campaign.name(), kind), date, extension);
    }
}
