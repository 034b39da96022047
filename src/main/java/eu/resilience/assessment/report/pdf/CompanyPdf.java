package eu.resilience.assessment.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.Paragraph;
import com.lowagie.text.Phrase;
import com.lowagie.text.Rectangle;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.benchmark.SliceReport;
import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.References;
import eu.resilience.assessment.report.CompanyReportData;
import eu.resilience.assessment.report.Texts;
import eu.resilience.assessment.scoring.Blocker;
import eu.resilience.assessment.scoring.DomainScore;
import eu.resilience.assessment.scoring.Rating;
import java.io.ByteArrayOutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The company report of one assessment: cover, executive summary, radar chart against the sector, per-domain table,
 * prioritized next steps with recommendations, and every answer in an appendix.
 */
public final class CompanyPdf {

    private CompanyPdf() {}

    public static byte[] write(CompanyReportData data) {
        Texts t = data.texts();
        PdfKit kit = new PdfKit();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = PdfKit.a4();
        PdfWriter writer = PdfWriter.getInstance(document, out);
        var work = data.work();
        String title = PdfKit.clean(
                t.get("report.company.title") + " · " + work.organizationName() + " · " + work.campaignName());
        writer.setPageEvent(kit.headerAndFooter(title, data.tlp(), t.get("report.page")));
        document.addSubject(data.tlp().label());
        document.addCreator("Resilience Assessment");
        TaggedPdf tagged = TaggedPdf.open(document, writer, t.locale(), title);

        cover(tagged, kit, data);
        tagged.newPage();
        summary(tagged, writer, kit, data);
        domains(tagged, kit, data);
        TargetAndPlanPdf.gap(tagged, kit, data);
        nextSteps(tagged, kit, data);
        TargetAndPlanPdf.plan(tagged, kit, data);
        tagged.newPage();
        appendix(tagged, kit, data);
        document.close();
        return out.toByteArray();
    }

    private static void cover(TaggedPdf document, PdfKit kit, CompanyReportData data) {
        Texts t = data.texts();
        var work = data.work();
        Paragraph space = new Paragraph(" ", kit.font(12));
        space.setSpacingBefore(90);
        document.add(space);
        document.add(kit.tlpLabel(data.tlp(), 16));
        Paragraph rule = kit.muted(t.get(data.tlp().ruleKey()), 9);
        rule.setSpacingBefore(4);
        document.add(rule);
        Paragraph heading = new PdfKit.Heading(t.get("report.company.title"), kit.boldFont(26), 1);
        heading.setSpacingBefore(40);
        document.add(heading);
        Paragraph organization = new Paragraph(PdfKit.clean(work.organizationName()), kit.boldFont(18, PdfKit.ACCENT));
        organization.setSpacingBefore(14);
        document.add(organization);
        PdfPTable facts = new PdfPTable(new float[] {1, 2.4f});
        facts.setWidthPercentage(80);
        facts.setHorizontalAlignment(Element.ALIGN_LEFT);
        facts.setSpacingBefore(24);
        fact(facts, kit, t.get("benchmark.campaign"), work.campaignName());
        fact(
                facts,
                kit,
                t.get("report.questionnaire"),
                t.in(work.questionnaire().title()) + " (" + work.questionnaire().version() + ")");
        fact(
                facts,
                kit,
                t.get("report.status"),
                t.get(work.status().name().equals("SUBMITTED") ? "results.final" : "results.provisional"));
        fact(facts, kit, t.get("report.submitted"), data.submittedOn());
        fact(facts, kit, t.get("report.date"), data.generatedOn());
        document.add(facts);
    }

    private static void fact(PdfPTable table, PdfKit kit, String name, String value) {
        PdfPCell label = new PdfPCell(new Phrase(name, kit.font(10, PdfKit.MUTED)));
        label.setBorder(Rectangle.NO_BORDER);
        label.setPaddingBottom(6);
        table.addCell(label);
        PdfPCell content = new PdfPCell(new Phrase(PdfKit.clean(value), kit.font(11)));
        content.setBorder(Rectangle.NO_BORDER);
        content.setPaddingBottom(6);
        table.addCell(content);
    }

    private static void summary(TaggedPdf document, PdfWriter writer, PdfKit kit, CompanyReportData data) {
        Texts t = data.texts();
        Rating overall = data.card().overall();
        document.add(kit.heading(t.get("report.summary"), 16));
        PdfPTable figures = new PdfPTable(3);
        figures.setWidthPercentage(100);
        figures.setSpacingAfter(8);
        figure(figures, kit, t.get(data.cumulative() ? "results.level" : "results.maturity"), data.maturity(overall));
        figure(figures, kit, t.get("results.score"), data.score(overall));
        figure(figures, kit, t.get("results.completeness"), data.completeness(overall));
        document.add(figures);
        document.add(kit.muted(t.get(data.cumulative() ? "results.explain.level" : "results.explain.band"), 8.5f));

        SliceReport comparison = data.comparison();
        if (comparison != null && comparison.overall() != null) {
            String slice = comparison.key().sector() == null ? t.get("benchmark.all") : t.get("report.sector");
            String position = data.benchmark().percentile() == null
                    ? t.get("report.position.none")
                    : t.get(
                            "report.position",
                            data.benchmark().percentile(),
                            slice,
                            comparison.n(),
                            comparison.overall().mean());
            document.add(kit.text(position, 10));
        } else {
            document.add(kit.text(t.get("report.position.hidden"), 10));
        }
        int steps = data.card().nextSteps().size();
        document.add(kit.text(t.get("report.summary.steps", steps), 10));

        document.add(kit.heading(t.get("results.radar"), 12));
        document.add(kit.chart(writer, data.radar(), 400, 310, t.get("chart.alt", t.get("results.radar"))));
    }

    private static void figure(PdfPTable table, PdfKit kit, String label, String value) {
        PdfPCell cell = new PdfPCell();
        cell.setBorderColor(PdfKit.RULE);
        cell.setBackgroundColor(new java.awt.Color(0xF5F8FB));
        cell.setPadding(8);
        cell.addElement(new Paragraph(label, kit.font(9, PdfKit.MUTED)));
        cell.addElement(new Paragraph(value, kit.boldFont(14)));
        table.addCell(cell);
    }

    private static void domains(TaggedPdf document, PdfKit kit, CompanyReportData data) {
        Texts t = data.texts();
        document.newPage();
        document.add(kit.heading(t.get("results.domains"), 16));
        Map<String, Double> medians = data.comparisonMeans();
        PdfPTable table = kit.table(
                new float[] {3.0f, 2.0f, 1.4f, 1.7f, 1.3f, 2.2f},
                t.get("questionnaire.domain"),
                t.get(data.cumulative() ? "results.level" : "results.maturity"),
                t.get("results.score"),
                t.get("results.completeness"),
                t.get("report.radar.mean"),
                t.get("results.blockers"));
        for (DomainScore domain : data.card().domains()) {
            Rating rating = domain.rating();
            table.addCell(
                    kit.cell(domain.domain().id() + " " + t.in(domain.domain().title()), 8.5f));
            table.addCell(kit.cell(data.maturity(rating), 8.5f));
            table.addCell(kit.cell(data.score(rating), 8.5f));
            table.addCell(kit.cell(data.completeness(rating), 8.5f));
            Double median = medians.get(domain.domain().id());
            table.addCell(kit.cell(median == null ? "—" : t.get("report.number", median), 8.5f));
            table.addCell(kit.cell(
                    String.join(
                            ", ",
                            domain.blockers().stream()
                                    .map(b -> b.practice().id())
                                    .toList()),
                    8));
        }
        document.add(table);
    }

    private static void nextSteps(TaggedPdf document, PdfKit kit, CompanyReportData data) {
        Texts t = data.texts();
        document.add(kit.heading(t.get("results.next-steps"), 16));
        List<Blocker> steps = data.card().nextSteps();
        if (steps.isEmpty()) {
            document.add(kit.text(t.get("results.no-next-steps"), 10));
            return;
        }
        PdfPTable table =
                kit.table(new float[] {0.5f, 5.5f, 2f}, "#", t.get("report.step"), t.get("report.step.status"));
        int number = 1;
        for (Blocker blocker : steps) {
            Practice practice = blocker.practice();
            table.addCell(kit.cell(String.valueOf(number++), 8.5f));
            PdfPCell step = kit.cell("", 8.5f);
            step.setPhrase(null);
            Paragraph what = new Paragraph(practice.id() + " " + t.in(practice.text()), kit.boldFont(8.5f));
            step.addElement(what);
            String recommendation = data.recommendation(practice);
            if (!recommendation.isBlank()) {
                Paragraph advice = new Paragraph(recommendation, kit.font(8.5f));
                advice.setSpacingBefore(2);
                step.addElement(advice);
            }
            table.addCell(step);
            table.addCell(kit.cell(t.get("results.now", data.current(blocker)) + "\n" + data.target(blocker), 8));
        }
        document.add(table);
    }

    private static void appendix(TaggedPdf document, PdfKit kit, CompanyReportData data) {
        Texts t = data.texts();
        document.add(kit.heading(t.get("report.appendix"), 16));
        document.add(kit.muted(t.get("report.appendix.intro"), 8.5f));
        var hidden = data.work().hiddenPractices();
        for (Domain domain : data.work().questionnaire().domains()) {
            document.add(kit.heading(domain.id() + " " + t.in(domain.title()), 11));
            PdfPTable table = kit.table(
                    new float[] {3.6f, 1.6f, 2.6f, 1.4f},
                    t.get("report.practice"),
                    t.get("report.answer"),
                    t.get("report.comment"),
                    t.get("report.evidence"));
            for (Practice practice : domain.practices()) {
                if (hidden.contains(practice.id())) {
                    continue;
                }
                AnswerState state = data.work().answers().get(practice.id());
                table.addCell(kit.cell(practice.id() + " " + t.in(practice.text()), 7.5f));
                String answer = data.answer(practice, state);
                if (state != null && state.notApplicable() && state.naJustification() != null) {
                    answer += " — " + state.naJustification();
                }
                if (state != null && state.flagged()) {
                    answer += "\n⚑ " + t.get("report.flagged");
                }
                table.addCell(kit.cell(answer, 7.5f));
                table.addCell(kit.cell(state == null || state.comment() == null ? "" : state.comment(), 7.5f));
                String evidence = state != null && state.evidenceAvailable() ? t.get("report.yes") : t.get("report.no");
                if (state != null
                        && state.evidenceNote() != null
                        && !state.evidenceNote().isBlank()) {
                    evidence += "\n" + state.evidenceNote();
                }
                table.addCell(kit.cell(evidence, 7.5f));
            }
            document.add(table);
        }
    }

    static String references(References references) {
        List<String> all = new ArrayList<>();
        all.addAll(references.nistCsf());
        all.addAll(references.iso27001());
        all.addAll(references.nis2());
        return String.join(", ", all);
    }
}
