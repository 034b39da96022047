package eu.resilience.assessment.report.excel;

import eu.resilience.assessment.benchmark.Figures;
import eu.resilience.assessment.benchmark.SliceReport;
import eu.resilience.assessment.benchmark.TrendPoint;
import eu.resilience.assessment.report.PartnershipReportData;
import eu.resilience.assessment.report.Texts;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.util.CellRangeAddress;
import org.apache.poi.xddf.usermodel.chart.AxisCrosses;
import org.apache.poi.xddf.usermodel.chart.AxisPosition;
import org.apache.poi.xddf.usermodel.chart.BarDirection;
import org.apache.poi.xddf.usermodel.chart.ChartTypes;
import org.apache.poi.xddf.usermodel.chart.LegendPosition;
import org.apache.poi.xddf.usermodel.chart.XDDFBarChartData;
import org.apache.poi.xddf.usermodel.chart.XDDFCategoryAxis;
import org.apache.poi.xddf.usermodel.chart.XDDFChartLegend;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFDataSourcesFactory;
import org.apache.poi.xddf.usermodel.chart.XDDFNumericalDataSource;
import org.apache.poi.xddf.usermodel.chart.XDDFValueAxis;
import org.apache.poi.xssf.usermodel.XSSFChart;
import org.apache.poi.xssf.usermodel.XSSFClientAnchor;
import org.apache.poi.xssf.usermodel.XSSFDrawing;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The partnership benchmark workbook of a campaign: Participation (with a native chart), Heatmap (coloured by
 * conditional formatting), Distribution (with a native chart), Levels (the level distribution per domain), Trend.
 * Hidden figures are written as "hidden" with the reason, never as numbers.
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
            levels(workbook.createSheet(t.get("report.sheet.levels")), cells, data);
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
        int lastSector = r - 1;
        int[] total = data.participationBySector().get("");
        if (total != null) {
            counts(sheet, cells, r, data.sectorName(""), total);
        }
        Cells.filter(sheet, 4);
        Cells.widths(sheet, 30, 10, 10, 10);
        if (lastSector >= 1) {
            barChart(
                    sheet,
                    t.get("report.chart.participation"),
                    lastSector,
                    new int[] {1, 2, 3},
                    new String[] {t.get("campaigns.invited"), t.get("campaigns.started"), t.get("campaigns.submitted")},
                    null,
                    5);
        }
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
        colourScale(sheet, new CellRangeAddress(1, r, 2, domains.size() + 2));
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
        if (all.isShown() && r > 1) {
            barChart(
                    sheet,
                    t.get("benchmark.distribution"),
                    r - 1,
                    new int[] {3, 4, 5},
                    new String[] {
                        t.get("benchmark.column.q1"), t.get("benchmark.column.median"), t.get("benchmark.column.q3")
                    },
                    100.0,
                    9);
        }
    }

    /** The heatmap's colours: a red-amber-green scale over the mean scores (hidden cells are text, left white). */
    private static void colourScale(XSSFSheet sheet, CellRangeAddress means) {
        var formatting = sheet.getSheetConditionalFormatting();
        var rule = formatting.createConditionalFormattingColorScaleRule();
        var scale = rule.getColorScaleFormatting();
        scale.setNumControlPoints(3);
        double[] at = {0, 50, 100};
        String[] colours = {"F49696", "F4DC96", "7CDC96"};
        for (int i = 0; i < 3; i++) {
            scale.getThresholds()[i].setRangeType(
                    org.apache.poi.ss.usermodel.ConditionalFormattingThreshold.RangeType.NUMBER);
            scale.getThresholds()[i].setValue(at[i]);
            ((org.apache.poi.xssf.usermodel.XSSFColor) scale.getColors()[i]).setARGBHex("FF" + colours[i]);
        }
        formatting.addConditionalFormatting(new CellRangeAddress[] {means}, rule);
    }

    /**
     * The level distribution per domain of all participants: one row per domain, one column per level (its name in the
     * questionnaire's words), the number of organizations at it; hidden domains say why.
     */
    private static void levels(XSSFSheet sheet, Cells cells, PartnershipReportData data) {
        Texts t = data.texts();
        SliceReport all = data.heatmap().all();
        java.util.SortedSet<String> keys = new java.util.TreeSet<>();
        if (all.isShown()) {
            for (SliceReport.Cell cell : all.domains()) {
                if (cell.figures() != null) {
                    keys.addAll(cell.figures().levels().keySet());
                }
            }
        }
        List<String> levels = new ArrayList<>(keys);
        String[] headers = new String[levels.size() + 3];
        headers[0] = t.get("questionnaire.domain");
        headers[1] = t.get("benchmark.column.n");
        for (int i = 0; i < levels.size(); i++) {
            headers[i + 2] = levelName(data, levels.get(i));
        }
        headers[levels.size() + 2] = t.get("report.column.note");
        cells.header(sheet, headers);
        int r = 1;
        if (!all.isShown()) {
            Row row = sheet.createRow(r);
            cells.text(row, 0, t.get("benchmark.all"));
            cells.text(row, levels.size() + 2, data.suppressed(all.suppression()));
        } else {
            for (SliceReport.Cell cell : all.domains()) {
                Row row = sheet.createRow(r++);
                cells.text(row, 0, data.domainTitle(cell.domainId()));
                Figures f = cell.figures();
                if (f == null) {
                    cells.text(row, levels.size() + 2, data.suppressed(cell.suppression()));
                    continue;
                }
                cells.integer(row, 1, f.n());
                for (int i = 0; i < levels.size(); i++) {
                    cells.integer(row, i + 2, f.levels().getOrDefault(levels.get(i), 0));
                }
            }
        }
        Cells.filter(sheet, headers.length);
        sheet.setColumnWidth(0, 40 * 256);
        for (int i = 1; i < headers.length - 1; i++) {
            sheet.setColumnWidth(i, 18 * 256);
        }
        sheet.setColumnWidth(headers.length - 1, 50 * 256);
    }

    /** A key of a level distribution in the questionnaire's words: "MIL2 Performed", "Below MIL1", a band's name. */
    private static String levelName(PartnershipReportData data, String key) {
        var questionnaire = data.questionnaire();
        if (questionnaire == null) {
            return key;
        }
        if (key.matches("\\d+")) {
            return questionnaire.levelName(Integer.parseInt(key), data.texts().locale(), lowest -> data.texts()
                    .get("results.level-zero", lowest));
        }
        return questionnaire.bands().stream()
                .filter(b -> b.id().equals(key))
                .findFirst()
                .map(b -> data.texts().in(b.name()))
                .orElse(key);
    }

    /**
     * A native clustered bar chart under the table: categories from column A (rows 1 to {@code last}), one series per
     * given column, values from 0 (to {@code max} when given).
     */
    private static void barChart(
            XSSFSheet sheet, String title, int last, int[] columns, String[] names, Double max, int width) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, last + 3, width, last + 25);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(title);
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis categories = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis values = chart.createValueAxis(AxisPosition.LEFT);
        values.setCrosses(AxisCrosses.AUTO_ZERO);
        values.setMinimum(0);
        if (max != null) {
            values.setMaximum(max);
        }
        XDDFDataSource<String> labels =
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, last, 0, 0));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, categories, values);
        bars.setBarDirection(BarDirection.COL);
        for (int i = 0; i < columns.length; i++) {
            XDDFNumericalDataSource<Double> series = XDDFDataSourcesFactory.fromNumericCellRange(
                    sheet, new CellRangeAddress(1, last, columns[i], columns[i]));
            bars.addSeries(labels, series).setTitle(names[i], null);
        }
        bars.setVaryColors(false);
        chart.plot(bars);
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
