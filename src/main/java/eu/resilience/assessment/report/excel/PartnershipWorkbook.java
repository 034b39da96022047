package eu.resilience.assessment.report.excel;

import eu.resilience.assessment.benchmark.Figures;
import eu.resilience.assessment.benchmark.SliceReport;
import eu.resilience.assessment.benchmark.TrendPoint;
import eu.resilience.assessment.report.PartnershipReportData;
import eu.resilience.assessment.report.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The partnership benchmark workbook of a campaign: Participation, Heatmap, Distribution, Trend. Hidden figures are
 * written as "hidden" with the reason, never as numbers.
 */
public final class PartnershipWorkbook {

    private PartnershipWorkbook() {}

    public static byte[] write(PartnershipReportData data) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Cells cells = new Cells(workbook);
            Texts t = data.texts();
            participation(workbook.createSheet(t.get("report.sheet.participation")), cells, data);
            heatmap(workbook.createSheet(t.get("report.sheet.heatmap")), cells, data);
            distribution(workbook.createSheet(t.get("report.sheet.distribution")), cells, data);
            trend(workbook.createSheet(t.get("report.sheet.trend")), cells, data);
            about(workbook.createSheet(t.get("report.sheet.about")), cells, data);
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void participation(XSSFSheet sheet, Cells cells, PartnershipReportData data) {
        Texts t = data.texts();
        cells.header(
                sheet,
                t.get("campaigns.sector"),
                t.get("campaigns.invited"),
                t.get("campaigns.started"),
                t.get("campaigns.submitted"));
        int r = 1;
        for (Map.Entry<String, int[]> entry : data.participationBySector().entrySet()) {
            if (entry.getKey().isEmpty()) {
                continue;
            }
            r = counts(sheet, cells, r, data.sectorName(entry.getKey()), entry.getValue());
        }
        int[] total = data.participationBySector().get("");
        if (total != null) {
            counts(sheet, cells, r, data.sectorName(""), total);
        }
        Cells.filter(sheet, 4);
        Cells.widths(sheet, 30, 10, 10, 10);
    }

    private static int counts(XSSFSheet sheet, Cells cells, int r, String name, int[] counts) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, name);
        for (int i = 0; i < counts.length; i++) {
            cells.integer(row, i + 1, counts[i]);
        }
        return r + 1;
    }

    private static void heatmap(XSSFSheet sheet, Cells cells, PartnershipReportData data) {
        Texts t = data.texts();
        var domains = data.heatmap().domainIds();
        String[] headers = new String[domains.size() + 4];
        headers[0] = t.get("campaigns.sector");
        headers[1] = t.get("benchmark.column.n");
        for (int i = 0; i < domains.size(); i++) {
            headers[i + 2] = domains.get(i);
        }
        headers[domains.size() + 2] = t.get("benchmark.overall");
        headers[domains.size() + 3] = t.get("report.column.note");
        cells.header(sheet, headers);
        int r = 1;
        for (Map.Entry<String, SliceReport> entry : data.heatmap().sectors().entrySet()) {
            heatRow(sheet.createRow(r++), cells, data, data.sectorName(entry.getKey()), entry.getValue());
        }
        heatRow(
                sheet.createRow(r),
                cells,
                data,
                data.sectorName(""),
                data.heatmap().all());
        Cells.filter(sheet, headers.length);
        sheet.setColumnWidth(0, 30 * 256);
        sheet.setColumnWidth(headers.length - 1, 60 * 256);
    }

    private static void heatRow(Row row, Cells cells, PartnershipReportData data, String name, SliceReport report) {
        Texts t = data.texts();
        var domains = data.heatmap().domainIds();
        cells.text(row, 0, name);
        cells.integer(row, 1, report.n());
        if (!report.isShown()) {
            for (int i = 0; i <= domains.size(); i++) {
                cells.text(row, i + 2, t.get("benchmark.suppressed.short"));
            }
            cells.text(row, domains.size() + 3, data.suppressed(report.suppression()));
            return;
        }
        for (int i = 0; i < domains.size(); i++) {
            SliceReport.Cell cell = report.domain(domains.get(i));
            if (cell == null || cell.figures() == null) {
                cells.text(row, i + 2, t.get("benchmark.suppressed.short"));
            } else {
                cells.number(row, i + 2, cell.figures().mean());
            }
        }
        cells.number(row, domains.size() + 2, report.overall().mean());
    }

    private static void distribution(XSSFSheet sheet, Cells cells, PartnershipReportData data) {
        Texts t = data.texts();
        cells.header(
                sheet,
                t.get("questionnaire.domain"),
                t.get("benchmark.column.n"),
                t.get("benchmark.column.p10"),
                t.get("benchmark.column.q1"),
                t.get("benchmark.column.median"),
                t.get("benchmark.column.q3"),
                t.get("benchmark.column.p90"),
                t.get("benchmark.column.mean"),
                t.get("report.column.note"));
        SliceReport all = data.heatmap().all();
        int r = 1;
        if (!all.isShown()) {
            Row row = sheet.createRow(r);
            cells.text(row, 0, t.get("benchmark.all"));
            cells.text(row, 8, data.suppressed(all.suppression()));
        } else {
            for (SliceReport.Cell cell : all.domains()) {
                Row row = sheet.createRow(r++);
                cells.text(row, 0, data.domainTitle(cell.domainId()));
                Figures f = cell.figures();
                if (f == null) {
                    cells.text(row, 8, data.suppressed(cell.suppression()));
                    continue;
                }
                cells.integer(row, 1, f.n());
                cells.number(row, 2, f.p10());
                cells.number(row, 3, f.q1());
                cells.number(row, 4, f.median());
                cells.number(row, 5, f.q3());
                cells.number(row, 6, f.p90());
                cells.number(row, 7, f.mean());
            }
        }
        Cells.filter(sheet, 9);
        Cells.widths(sheet, 40, 8, 10, 14, 10, 14, 10, 10, 50);
    }

    /** Which release the figures come from, and the rules they were published under. */
    private static void about(XSSFSheet sheet, Cells cells, PartnershipReportData data) {
        Texts t = data.texts();
        String[] lines = {
            data.releaseLine(),
            t.get("benchmark.intro", data.k()),
            t.get("benchmark.rules.precision"),
            t.get("benchmark.rules.quantiles", data.k()),
        };
        for (int i = 0; i < lines.length; i++) {
            cells.text(sheet.createRow(i), 0, lines[i]);
        }
        Cells.widths(sheet, 140);
    }

    private static void trend(XSSFSheet sheet, Cells cells, PartnershipReportData data) {
        Texts t = data.texts();
        cells.header(
                sheet,
                t.get("benchmark.campaign"),
                t.get("benchmark.column.n"),
                t.get("benchmark.column.q1"),
                t.get("benchmark.column.median"),
                t.get("benchmark.column.q3"),
                t.get("report.column.note"));
        int r = 1;
        for (TrendPoint point : data.trend()) {
            Row row = sheet.createRow(r++);
            cells.text(row, 0, point.campaign().name());
            if (point.all().isShown()) {
                Figures f = point.all().overall();
                cells.integer(row, 1, f.n());
                cells.number(row, 2, f.q1());
                cells.number(row, 3, f.median());
                cells.number(row, 4, f.q3());
            } else {
                cells.text(row, 5, data.suppressed(point.all().suppression()));
            }
        }
        Cells.filter(sheet, 6);
        Cells.widths(sheet, 30, 8, 14, 10, 14, 50);
    }
}
