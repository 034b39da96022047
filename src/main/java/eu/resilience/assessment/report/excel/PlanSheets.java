package eu.resilience.assessment.report.excel;

import eu.resilience.assessment.plan.PlanEntry;
import eu.resilience.assessment.plan.TargetGap;
import eu.resilience.assessment.report.PlanReportData;
import eu.resilience.assessment.report.PlanTexts;
import eu.resilience.assessment.report.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** The sheets "Target" (gap per domain) and "Plan" of the company workbook, and the plan alone as a workbook. */
public final class PlanSheets {

    private PlanSheets() {}

    /** The gap to target, one row per domain; a line saying none applies when there is no target. */
    public static void gap(XSSFWorkbook workbook, Cells cells, Texts t, TargetGap gap) {
        XSSFSheet sheet = workbook.createSheet(t.get("report.sheet.target"));
        List<String> header = PlanTexts.gapHeader(t);
        cells.header(sheet, header.toArray(String[]::new));
        int r = 1;
        if (gap == null) {
            cells.text(sheet.createRow(r), 0, t.get("gap.none"));
        } else {
            for (TargetGap.DomainGap domain : gap.domains()) {
                rows(cells, sheet.createRow(r++), PlanTexts.gapRow(t, gap, domain));
            }
            cells.text(
                    sheet.createRow(r + 1),
                    0,
                    t.get("gap.title.named", gap.target().name()));
        }
        Cells.filter(sheet, header.size());
        Cells.widths(sheet, 36, 20, 14, 12, 60);
    }

    /** The plan, one row per item, with its notes in the last column. */
    public static void plan(XSSFWorkbook workbook, Cells cells, Texts t, List<PlanEntry> plan) {
        XSSFSheet sheet = workbook.createSheet(t.get("report.sheet.plan"));
        List<String> header = new java.util.ArrayList<>(PlanTexts.planHeader(t));
        header.add(t.get("plan.notes"));
        cells.header(sheet, header.toArray(String[]::new));
        int r = 1;
        for (PlanEntry entry : plan) {
            Row row = sheet.createRow(r++);
            rows(cells, row, PlanTexts.planRow(t, entry));
            cells.text(
                    row,
                    header.size() - 1,
                    String.join(
                            "\n",
                            entry.notes().stream()
                                    .map(n -> n.author() + ": " + n.text())
                                    .toList()));
        }
        if (plan.isEmpty()) {
            cells.text(sheet.createRow(1), 0, t.get("plan.empty"));
        }
        Cells.filter(sheet, header.size());
        Cells.widths(sheet, 40, 50, 18, 14, 10, 18, 18, 40);
    }

    /** The plan alone as a workbook. */
    public static byte[] planWorkbook(PlanReportData data) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            plan(workbook, new Cells(workbook), data.texts(), data.plan());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void rows(Cells cells, Row row, List<String> values) {
        for (int c = 0; c < values.size(); c++) {
            cells.text(row, c, values.get(c));
        }
    }
}
