package eu.resilience.assessment.report.pdf;

import com.lowagie.text.pdf.PdfPTable;
import eu.resilience.assessment.plan.PlanEntry;
import eu.resilience.assessment.plan.TargetGap;
import eu.resilience.assessment.report.CompanyReportData;
import eu.resilience.assessment.report.PlanTexts;
import eu.resilience.assessment.report.Texts;
import java.util.List;

/** The gap to target and the improvement plan in the company report PDF. */
final class TargetAndPlanPdf {

    private TargetAndPlanPdf() {}

    static void gap(TaggedPdf document, PdfKit kit, CompanyReportData data) {
        Texts t = data.texts();
        TargetGap gap = data.gap();
        if (gap == null) {
            document.add(kit.heading(t.get("gap.title"), 16));
            document.add(kit.text(t.get("gap.none"), 10));
            return;
        }
        document.add(kit.heading(t.get("gap.title.named", gap.target().name()), 16));
        List<String> header = PlanTexts.gapHeader(t);
        PdfPTable table = kit.table(new float[] {3f, 2f, 1.4f, 1.2f, 3f}, header.toArray(String[]::new));
        for (TargetGap.DomainGap domain : gap.domains()) {
            PlanTexts.gapRow(t, gap, domain).forEach(value -> table.addCell(kit.cell(value, 8.5f)));
        }
        document.add(table);
        document.add(kit.text(
                t.get(
                        "gap.summary",
                        gap.domains().size() - gap.missing().size(),
                        gap.domains().size()),
                10));
    }

    static void plan(TaggedPdf document, PdfKit kit, CompanyReportData data) {
        Texts t = data.texts();
        document.add(kit.heading(t.get("plan.title"), 16));
        if (data.plan().isEmpty()) {
            document.add(kit.text(t.get("plan.empty"), 10));
            return;
        }
        PdfPTable table = kit.table(
                new float[] {2.6f, 3f, 1.4f, 1.3f, 1f, 1.4f, 1.4f},
                PlanTexts.planHeader(t).toArray(String[]::new));
        for (PlanEntry entry : data.plan()) {
            PlanTexts.planRow(t, entry).forEach(value -> table.addCell(kit.cell(value, 8f)));
        }
        document.add(table);
    }
}
