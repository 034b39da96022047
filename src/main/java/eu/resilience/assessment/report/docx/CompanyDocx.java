package eu.resilience.assessment.report.docx;

import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.benchmark.SliceReport;
import eu.resilience.assessment.plan.PlanEntry;
import eu.resilience.assessment.plan.TargetGap;
import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.report.CompanyReportData;
import eu.resilience.assessment.report.PlanTexts;
import eu.resilience.assessment.report.Texts;
import eu.resilience.assessment.scoring.Blocker;
import eu.resilience.assessment.scoring.DomainScore;
import eu.resilience.assessment.scoring.Rating;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.jfree.chart.ChartUtils;

/**
 * The company report as a Word document, with the content of the PDF: cover facts, executive summary, radar chart (an
 * image), per-domain table, gap to target, next steps, improvement plan, and every answer in an appendix.
 */
public final class CompanyDocx {

    private CompanyDocx() {}

    public static byte[] write(CompanyReportData data) {
        Texts t = data.texts();
        var work = data.work();
        try (Word word = new Word(data.tlp())) {
            word.title(t.get("report.company.title"));
            word.text(data.tlp().label() + " · " + t.get(data.tlp().ruleKey()));
            word.table(
                    List.of(t.get("report.column.item"), t.get("report.column.value")),
                    List.of(
                            List.of(t.get("report.organization"), work.organizationName()),
                            List.of(t.get("benchmark.campaign"), work.campaignName()),
                            List.of(
                                    t.get("report.questionnaire"),
                                    t.in(work.questionnaire().title()) + " ("
                                            + work.questionnaire().version() + ")"),
                            List.of(
                                    t.get("report.status"),
                                    t.get(
                                            work.status().name().equals("SUBMITTED")
                                                    ? "results.final"
                                                    : "results.provisional")),
                            List.of(t.get("report.submitted"), data.submittedOn()),
                            List.of(t.get("report.date"), data.generatedOn())));
            summary(word, data);
            domains(word, data);
            gap(word, data);
            nextSteps(word, data);
            plan(word, t, data.plan());
            word.pageBreak();
            appendix(word, data);
            return word.bytes();
        }
    }

    private static void summary(Word word, CompanyReportData data) {
        Texts t = data.texts();
        Rating overall = data.card().overall();
        word.heading1(t.get("report.summary"));
        word.table(
                List.of(
                        t.get(data.cumulative() ? "results.level" : "results.maturity"),
                        t.get("results.score"),
                        t.get("results.completeness")),
                List.of(List.of(data.maturity(overall), data.score(overall), data.completeness(overall))));
        word.text(t.get(data.cumulative() ? "results.explain.level" : "results.explain.band"));
        SliceReport comparison = data.comparison();
        if (comparison != null && comparison.overall() != null) {
            String slice = comparison.key().sector() == null ? t.get("benchmark.all") : t.get("report.sector");
            word.text(
                    data.benchmark().percentile() == null
                            ? t.get("report.position.none")
                            : t.get(
                                    "report.position",
                                    data.benchmark().percentile(),
                                    slice,
                                    comparison.n(),
                                    comparison.overall().mean()));
        } else {
            word.text(t.get("report.position.hidden"));
        }
        word.text(t.get("report.summary.steps", data.card().nextSteps().size()));
        word.heading2(t.get("results.radar"));
        word.png(radar(data), "radar.png", 400, 310);
    }

    /** The radar of the PDF, as a PNG (the screens' chart code). */
    static byte[] radar(CompanyReportData data) {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            ChartUtils.writeChartAsPNG(out, data.radar(), 800, 620);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void domains(Word word, CompanyReportData data) {
        Texts t = data.texts();
        word.heading1(t.get("results.domains"));
        Map<String, Double> means = data.comparisonMeans();
        List<List<String>> rows = new ArrayList<>();
        for (DomainScore domain : data.card().domains()) {
            Rating rating = domain.rating();
            Double mean = means.get(domain.domain().id());
            rows.add(List.of(
                    domain.domain().id() + " " + t.in(domain.domain().title()),
                    data.maturity(rating),
                    data.score(rating),
                    data.completeness(rating),
                    mean == null ? "—" : t.get("report.number", mean),
                    String.join(
                            ", ",
                            domain.blockers().stream()
                                    .map(b -> b.practice().id())
                                    .toList())));
        }
        word.table(
                List.of(
                        t.get("questionnaire.domain"),
                        t.get(data.cumulative() ? "results.level" : "results.maturity"),
                        t.get("results.score"),
                        t.get("results.completeness"),
                        t.get("report.radar.mean"),
                        t.get("results.blockers")),
                rows);
    }

    static void gap(Word word, CompanyReportData data) {
        Texts t = data.texts();
        TargetGap gap = data.gap();
        if (gap == null) {
            word.heading1(t.get("gap.title"));
            word.text(t.get("gap.none"));
            return;
        }
        word.heading1(t.get("gap.title.named", gap.target().name()));
        word.table(
                PlanTexts.gapHeader(t),
                gap.domains().stream().map(d -> PlanTexts.gapRow(t, gap, d)).toList());
        word.text(t.get(
                "gap.summary",
                gap.domains().size() - gap.missing().size(),
                gap.domains().size()));
    }

    private static void nextSteps(Word word, CompanyReportData data) {
        Texts t = data.texts();
        word.heading1(t.get("results.next-steps"));
        List<Blocker> steps = data.card().nextSteps();
        if (steps.isEmpty()) {
            word.text(t.get("results.no-next-steps"));
            return;
        }
        List<List<String>> rows = new ArrayList<>();
        int number = 1;
        for (Blocker blocker : steps) {
            Practice practice = blocker.practice();
            String recommendation = data.recommendation(practice);
            rows.add(List.of(
                    String.valueOf(number++),
                    practice.id() + " " + t.in(practice.text())
                            + (recommendation.isBlank() ? "" : "\n" + recommendation),
                    t.get("results.now", data.current(blocker)) + "\n" + data.target(blocker)));
        }
        word.table(List.of("#", t.get("report.step"), t.get("report.step.status")), rows);
    }

    static void plan(Word word, Texts t, List<PlanEntry> plan) {
        word.heading1(t.get("plan.title"));
        if (plan.isEmpty()) {
            word.text(t.get("plan.empty"));
            return;
        }
        word.table(
                PlanTexts.planHeader(t),
                plan.stream().map(e -> PlanTexts.planRow(t, e)).toList());
        for (PlanEntry entry : plan) {
            if (!entry.notes().isEmpty()) {
                word.heading2(entry.practiceId() + " · " + t.get("plan.notes"));
                entry.notes().forEach(note -> word.text(note.author() + ": " + note.text()));
            }
        }
    }

    private static void appendix(Word word, CompanyReportData data) {
        Texts t = data.texts();
        word.heading1(t.get("report.appendix"));
        word.text(t.get("report.appendix.intro"));
        var hidden = data.work().hiddenPractices();
        for (Domain domain : data.work().questionnaire().domains()) {
            word.heading2(domain.id() + " " + t.in(domain.title()));
            List<List<String>> rows = new ArrayList<>();
            for (Practice practice : domain.practices()) {
                if (hidden.contains(practice.id())) {
                    continue;
                }
                AnswerState state = data.work().answers().get(practice.id());
                String answer = data.answer(practice, state);
                if (state != null && state.notApplicable() && state.naJustification() != null) {
                    answer += " — " + state.naJustification();
                }
                if (state != null && state.flagged()) {
                    answer += "\n⚑ " + t.get("report.flagged");
                }
                String evidence = state != null && state.evidenceAvailable() ? t.get("report.yes") : t.get("report.no");
                if (state != null
                        && state.evidenceNote() != null
                        && !state.evidenceNote().isBlank()) {
                    evidence += "\n" + state.evidenceNote();
                }
                rows.add(List.of(
                        practice.id() + " " + t.in(practice.text()),
                        answer,
                        state == null || state.comment() == null ? "" : state.comment(),
                        evidence));
            }
            word.table(
                    List.of(
                            t.get("report.practice"),
                            t.get("report.answer"),
                            t.get("report.comment"),
                            t.get("report.evidence")),
                    rows);
        }
    }
}
