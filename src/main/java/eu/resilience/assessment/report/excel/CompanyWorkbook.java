package eu.resilience.assessment.report.excel;

import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.benchmark.Figures;
import eu.resilience.assessment.benchmark.SliceReport;
import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.report.CompanyReportData;
import eu.resilience.assessment.report.Texts;
import eu.resilience.assessment.scoring.DomainScore;
import eu.resilience.assessment.scoring.FrameworkCoverage;
import eu.resilience.assessment.scoring.Rating;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
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
 * The company workbook of one assessment: Summary, Domains (with a native bar chart), Answers, Benchmark, By framework
 * (when the questionnaire references any).
 */
public final class CompanyWorkbook {

    private CompanyWorkbook() {}

    public static byte[] write(CompanyReportData data) {
        try (XSSFWorkbook workbook = new XSSFWorkbook();
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Cells cells = new Cells(workbook);
            summary(workbook, cells, data);
            domains(workbook, cells, data);
            answers(workbook, cells, data);
            benchmark(workbook, cells, data);
            byFramework(workbook, cells, data);
            PlanSheets.gap(workbook, cells, data.texts(), data.gap());
            PlanSheets.plan(workbook, cells, data.texts(), data.plan());
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void summary(XSSFWorkbook workbook, Cells cells, CompanyReportData data) {
        Texts t = data.texts();
        var work = data.work();
        XSSFSheet sheet = workbook.createSheet(t.get("report.sheet.summary"));
        cells.header(sheet, t.get("report.column.item"), t.get("report.column.value"));
        Rating overall = data.card().overall();
        String[][] rows = {
            {t.get("report.organization"), work.organizationName()},
            {t.get("benchmark.campaign"), work.campaignName()},
            {
                t.get("report.questionnaire"),
                t.in(work.questionnaire().title()) + " (" + work.questionnaire().version() + ")"
            },
            {
                t.get("report.status"),
                t.get(work.status().name().equals("SUBMITTED") ? "results.final" : "results.provisional")
            },
            {t.get("report.submitted"), data.submittedOn()},
            {t.get("report.date"), data.generatedOn()},
            {"TLP", data.tlp().label()},
            {t.get(data.cumulative() ? "results.level" : "results.maturity"), data.maturity(overall)},
        };
        int r = 1;
        for (String[] values : rows) {
            Row row = sheet.createRow(r++);
            cells.bold(row, 0, values[0]);
            cells.text(row, 1, values[1]);
        }
        // figures are numbers with a number format, rounded as on the screens: 82.5, 85%, 97
        Row score = sheet.createRow(r++);
        cells.bold(score, 0, t.get("results.score"));
        cells.number(
                score,
                1,
                overall.score() == null ? null : eu.resilience.assessment.text.Formats.rounded(overall.score(), 1));
        Row completeness = sheet.createRow(r++);
        cells.bold(completeness, 0, t.get("results.completeness"));
        cells.percent(completeness, 1, overall.completeness());
        if (data.benchmark() != null && data.benchmark().percentile() != null) {
            Row row = sheet.createRow(r);
            cells.bold(row, 0, t.get("report.percentile"));
            cells.whole(row, 1, data.benchmark().percentile());
        }
        Cells.widths(sheet, 28, 60);
    }

    private static void domains(XSSFWorkbook workbook, Cells cells, CompanyReportData data) {
        Texts t = data.texts();
        XSSFSheet sheet = workbook.createSheet(t.get("report.sheet.domains"));
        cells.header(
                sheet,
                t.get("questionnaire.domain"),
                t.get("report.column.title"),
                t.get(data.cumulative() ? "results.level" : "results.maturity"),
                t.get("results.score"),
                t.get("results.completeness"),
                t.get("report.radar.mean"),
                t.get("results.blockers"));
        var medians = data.comparisonMeans();
        int r = 1;
        for (DomainScore domain : data.card().domains()) {
            Rating rating = domain.rating();
            Row row = sheet.createRow(r++);
            cells.text(row, 0, domain.domain().id());
            cells.text(row, 1, t.in(domain.domain().title()));
            cells.text(row, 2, data.maturity(rating));
            cells.number(row, 3, rating.score() == null ? 0.0 : rating.score());
            cells.number(row, 4, rating.completeness() * 100);
            cells.number(row, 5, medians.get(domain.domain().id()));
            cells.text(
                    row,
                    6,
                    String.join(
                            ", ",
                            domain.blockers().stream()
                                    .map(b -> b.practice().id())
                                    .toList()));
        }
        int last = r - 1;
        Cells.filter(sheet, 7);
        Cells.widths(sheet, 10, 40, 24, 10, 14, 16, 40);
        if (last >= 1) {
            chart(sheet, t, last, !medians.isEmpty());
        }
    }

    /**
     * A native clustered bar chart of the domain scores (column D) by domain (column A), beside the comparison
     * group's means (column F) when the benchmark service gives them to the operator.
     */
    private static void chart(XSSFSheet sheet, Texts t, int last, boolean withGroup) {
        XSSFDrawing drawing = sheet.createDrawingPatriarch();
        XSSFClientAnchor anchor = drawing.createAnchor(0, 0, 0, 0, 0, last + 2, 8, last + 24);
        XSSFChart chart = drawing.createChart(anchor);
        chart.setTitleText(t.get("report.chart.scores"));
        chart.setTitleOverlay(false);
        XDDFChartLegend legend = chart.getOrAddLegend();
        legend.setPosition(LegendPosition.BOTTOM);
        XDDFCategoryAxis domains = chart.createCategoryAxis(AxisPosition.BOTTOM);
        XDDFValueAxis scores = chart.createValueAxis(AxisPosition.LEFT);
        scores.setCrosses(AxisCrosses.AUTO_ZERO);
        scores.setMinimum(0);
        scores.setMaximum(100);
        XDDFDataSource<String> categories =
                XDDFDataSourcesFactory.fromStringCellRange(sheet, new CellRangeAddress(1, last, 0, 0));
        XDDFNumericalDataSource<Double> values =
                XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, last, 3, 3));
        XDDFBarChartData bars = (XDDFBarChartData) chart.createData(ChartTypes.BAR, domains, scores);
        bars.setBarDirection(BarDirection.COL);
        var series = bars.addSeries(categories, values);
        series.setTitle(t.get("results.score"), null);
        if (withGroup) {
            XDDFNumericalDataSource<Double> means =
                    XDDFDataSourcesFactory.fromNumericCellRange(sheet, new CellRangeAddress(1, last, 5, 5));
            bars.addSeries(categories, means).setTitle(t.get("report.radar.mean"), null);
        }
        bars.setVaryColors(false);
        chart.plot(bars);
    }

    private static void answers(XSSFWorkbook workbook, Cells cells, CompanyReportData data) {
        Texts t = data.texts();
        XSSFSheet sheet = workbook.createSheet(t.get("report.sheet.answers"));
        cells.header(
                sheet,
                t.get("questionnaire.domain"),
                t.get("report.practice"),
                t.get("report.question"),
                t.get("report.answer"),
                t.get("report.na-justification"),
                t.get("report.comment"),
                t.get("report.evidence"),
                t.get("report.evidence-note"),
                t.get("report.flagged"),
                "NIST CSF",
                "ISO/IEC 27001",
                "NIS2");
        var hidden = data.work().hiddenPractices();
        int r = 1;
        for (Domain domain : data.work().questionnaire().domains()) {
            for (Practice practice : domain.practices()) {
                if (hidden.contains(practice.id())) {
                    continue;
                }
                AnswerState state = data.work().answers().get(practice.id());
                Row row = sheet.createRow(r++);
                cells.text(row, 0, domain.id());
                cells.text(row, 1, practice.id());
                cells.text(row, 2, t.in(practice.text()));
                cells.text(row, 3, data.answer(practice, state));
                cells.text(row, 4, state == null ? "" : state.naJustification());
                cells.text(row, 5, state == null ? "" : state.comment());
                cells.text(
                        row, 6, state != null && state.evidenceAvailable() ? t.get("report.yes") : t.get("report.no"));
                cells.text(row, 7, state == null ? "" : state.evidenceNote());
                cells.text(row, 8, state != null && state.flagged() ? t.get("report.yes") : t.get("report.no"));
                cells.text(row, 9, String.join(", ", practice.references().nistCsf()));
                cells.text(row, 10, String.join(", ", practice.references().iso27001()));
                cells.text(row, 11, String.join(", ", practice.references().nis2()));
            }
        }
        Cells.filter(sheet, 12);
        Cells.widths(sheet, 10, 12, 60, 24, 30, 40, 10, 30, 10, 16, 16, 16);
    }

    /** One row per referenced id of each framework: the practices that cover it and their answers. */
    private static void byFramework(XSSFWorkbook workbook, Cells cells, CompanyReportData data) {
        var coverage = data.work().byFramework();
        if (coverage.isEmpty()) {
            return;
        }
        Texts t = data.texts();
        XSSFSheet sheet = workbook.createSheet(t.get("report.sheet.by-framework"));
        cells.header(
                sheet,
                t.get("report.column.framework"),
                t.get("results.framework.id"),
                t.get("results.framework.achieved"),
                t.get("report.column.applicable"),
                t.get("report.practice"),
                t.get("report.answer"));
        int r = 1;
        for (FrameworkCoverage framework : coverage) {
            for (FrameworkCoverage.Point point : framework.points()) {
                for (FrameworkCoverage.Covered covered : point.practices()) {
                    Row row = sheet.createRow(r++);
                    cells.text(row, 0, framework.framework().label());
                    cells.text(row, 1, point.id());
                    cells.integer(row, 2, point.achieved());
                    cells.integer(row, 3, point.applicable());
                    cells.text(row, 4, covered.practice().id());
                    cells.text(
                            row,
                            5,
                            switch (covered.status()) {
                                case NOT_APPLICABLE -> t.get("results.not-applicable");
                                case UNANSWERED -> t.get("card.unanswered");
                                default -> t.in(covered.option().label());
                            });
                }
            }
        }
        Cells.filter(sheet, 6);
        Cells.widths(sheet, 24, 14, 10, 10, 12, 30);
    }

    private static void benchmark(XSSFWorkbook workbook, Cells cells, CompanyReportData data) {
        Texts t = data.texts();
        XSSFSheet sheet = workbook.createSheet(t.get("report.sheet.benchmark"));
        cells.header(
                sheet,
                t.get("report.column.slice"),
                t.get("questionnaire.domain"),
                t.get("benchmark.column.n"),
                t.get("benchmark.column.mean"),
                t.get("report.column.note"));
        int r = 1;
        if (data.benchmark() != null) {
            List<SliceReport> slices = new ArrayList<>();
            if (data.benchmark().sector() != null) {
                slices.add(data.benchmark().sector());
            }
            if (data.benchmark().all() != null) {
                slices.add(data.benchmark().all());
            }
            for (SliceReport slice : slices) {
                String name = slice.key().sector() == null ? t.get("benchmark.all") : t.get("report.sector");
                r = figures(
                        sheet,
                        cells,
                        t,
                        r,
                        name,
                        t.get("benchmark.overall"),
                        slice.isShown() ? slice.overall() : null,
                        slice);
                if (slice.isShown()) {
                    for (SliceReport.Cell cell : slice.domains()) {
                        r = figures(
                                sheet,
                                cells,
                                t,
                                r,
                                name,
                                cell.domainId(),
                                cell.suppression() == null ? cell.figures() : null,
                                slice);
                    }
                }
            }
        }
        if (r == 1) {
            cells.text(sheet.createRow(r), 0, t.get("report.position.hidden"));
        }
        Cells.filter(sheet, 5);
        Cells.widths(sheet, 22, 14, 8, 10, 60);
    }

    private static int figures(
            XSSFSheet sheet,
            Cells cells,
            Texts t,
            int r,
            String slice,
            String domain,
            Figures figures,
            SliceReport report) {
        Row row = sheet.createRow(r);
        cells.text(row, 0, slice);
        cells.text(row, 1, domain);
        if (figures == null) {
            cells.text(row, 4, t.get("benchmark.suppressed.short"));
        } else {
            // operators get the group's mean and their own percentile: no quantile is published to them
            cells.integer(row, 2, figures.n());
            cells.number(row, 3, figures.mean());
        }
        return r + 1;
    }
}
