package eu.resilience.assessment.report;

import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentWork;
import eu.resilience.assessment.assessment.Results;
import eu.resilience.assessment.base.chart.Charts;
import eu.resilience.assessment.benchmark.OperatorBenchmark;
import eu.resilience.assessment.benchmark.SliceReport;
import eu.resilience.assessment.plan.PlanEntry;
import eu.resilience.assessment.plan.TargetGap;
import eu.resilience.assessment.questionnaire.Band;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.ScoringMethod;
import eu.resilience.assessment.scoring.Blocker;
import eu.resilience.assessment.scoring.DomainScore;
import eu.resilience.assessment.scoring.Rating;
import eu.resilience.assessment.scoring.ScoreCard;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jfree.chart.JFreeChart;

/**
 * Everything a company report shows of one assessment: its results, its position in the benchmark (null when the
 * benchmark cannot be shown), the TLP label, the day it is produced, the language, the gap to the target that applies
 * (null when none does) and the organization's improvement plan.
 */
public record CompanyReportData(
        Results results,
        OperatorBenchmark benchmark,
        Tlp tlp,
        LocalDate date,
        Texts texts,
        TargetGap gap,
        List<PlanEntry> plan) {

    /** A report without target or plan. */
    public CompanyReportData(Results results, OperatorBenchmark benchmark, Tlp tlp, LocalDate date, Texts texts) {
        this(results, benchmark, tlp, date, texts, null, List.of());
    }

    public AssessmentWork work() {
        return results.work();
    }

    public ScoreCard card() {
        return results.card();
    }

    public boolean cumulative() {
        return work().questionnaire().method() == ScoringMethod.CUMULATIVE;
    }

    /** The slice the organization is compared with, when it may be shown; otherwise null. */
    public SliceReport comparison() {
        return benchmark == null
                        || benchmark.comparison() == null
                        || !benchmark.comparison().isShown()
                ? null
                : benchmark.comparison();
    }

    /** The comparison group's mean score per domain, for the domains whose figures are shown. */
    public Map<String, Double> comparisonMeans() {
        Map<String, Double> medians = new LinkedHashMap<>();
        SliceReport slice = comparison();
        if (slice != null) {
            for (SliceReport.Cell cell : slice.domains()) {
                if (cell.figures() != null && cell.suppression() == null) {
                    medians.put(cell.domainId(), cell.figures().mean());
                }
            }
        }
        return medians;
    }

    /** The day the report is made, in the report's language ("1 December 2026"). */
    public String generatedOn() {
        return longDate(date);
    }

    /** The day of the assessment's latest submission, or "Not submitted yet". */
    public String submittedOn() {
        java.time.Instant at = work().submittedAt();
        return at == null
                ? texts.get("report.not-submitted")
                : longDate(LocalDate.ofInstant(at, java.time.ZoneId.systemDefault()));
    }

    private String longDate(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofLocalizedDate(java.time.format.FormatStyle.LONG)
                .withLocale(texts.locale()));
    }

    /** A level in the questionnaire's words, "MIL2 Performed" or "Below MIL1", as on the screens. */
    public String levelName(int rank) {
        return work().questionnaire()
                .levelName(rank, texts.locale(), lowest -> texts.get("results.level-zero", lowest));
    }

    /** The maturity in words: "MIL2 Performed", or "Developing (2.5)". */
    public String maturity(Rating rating) {
        if (!rating.isApplicable()) {
            return texts.get("results.not-applicable");
        }
        if (cumulative()) {
            return levelName(rating.level());
        }
        Band band = rating.band();
        return band == null ? "—" : texts.get("results.band", texts.in(band.name()), rating.maturity());
    }

    public String score(Rating rating) {
        return rating.score() == null ? "—" : texts.get("results.score.value", rating.score());
    }

    public String completeness(Rating rating) {
        return texts.get("results.percent", rating.completeness() * 100);
    }

    /** What a blocker keeps the domain from: "needed for MIL2", "keeps you below Managed". */
    public String target(Blocker blocker) {
        if (cumulative()) {
            return texts.get("results.blocks-level", levelName(blocker.targetLevel()));
        }
        return blocker.targetBand() == null
                ? ""
                : texts.get("results.blocks-band", texts.in(blocker.targetBand().name()));
    }

    public String current(Blocker blocker) {
        return blocker.current() == null
                ? texts.get("card.unanswered")
                : texts.in(blocker.current().label());
    }

    /** The answer in words: the option's label, "N/A", or "unanswered". */
    public String answer(Practice practice, AnswerState state) {
        if (state == null || !state.isAnswered()) {
            return texts.get("card.unanswered");
        }
        if (state.notApplicable()) {
            return texts.get("report.answer.na");
        }
        return practice.scale()
                .option(state.optionId())
                .map(o -> texts.in(o.label()))
                .orElse(state.optionId());
    }

    public String recommendation(Practice practice) {
        return texts.in(practice.recommendationFor(work().profile().size()));
    }

    /** The organization, the campaign and the report kind ("report", "workbook"): see {@link FileNames}. */
    public String fileName(String kind, String extension) {
        return FileNames.of(List.of(work().organizationName(), work().campaignName(), kind), date, extension);
    }

    /** The radar of the reports (PDF and Word): the own domain scores, and the comparison means when there are any. */
    public JFreeChart radar() {
        List<String> categories = new ArrayList<>();
        Map<String, Double> own = new LinkedHashMap<>();
        for (DomainScore domain : card().domains()) {
            categories.add(domain.domain().id());
            own.put(
                    domain.domain().id(),
                    domain.rating().score() == null ? 0.0 : domain.rating().score());
        }
        List<Charts.Series> series = new ArrayList<>();
        series.add(new Charts.Series(texts().get("results.radar.own"), own));
        Map<String, Double> means = comparisonMeans();
        if (!means.isEmpty()) {
            series.add(new Charts.Series(texts().get("report.radar.mean"), means));
        }
        return Charts.radar(categories, series, 100);
    }
}
