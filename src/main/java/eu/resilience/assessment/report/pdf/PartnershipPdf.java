package eu.resilience.assessment.report.pdf;

import com.lowagie.text.Document;
import com.lowagie.text.Element;
import com.lowagie.text.PageSize;
import com.lowagie.text.Paragraph;
import com.lowagie.text.pdf.PdfPCell;
import com.lowagie.text.pdf.PdfPTable;
import com.lowagie.text.pdf.PdfWriter;
import eu.resilience.assessment.base.chart.Charts;
import eu.resilience.assessment.benchmark.Figures;
import eu.resilience.assessment.benchmark.SliceReport;
import eu.resilience.assessment.benchmark.TrendPoint;
import eu.resilience.assessment.report.PartnershipReportData;
import eu.resilience.assessment.report.Texts;
import java.awt.Color;
import java.io.ByteArrayOutputStream;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The partnership benchmark report of a campaign: participation, the sector x domain heatmap, the distribution per
 * domain (box plots) and the trend across campaigns. Hidden slices and cells are marked "hidden", never filled in.
 */
public final class PartnershipPdf {

    private static final Color HIDDEN = new Color(0xEEEEEE);

    private PartnershipPdf() {}

    public static byte[] write(PartnershipReportData data) {
        Texts t = data.texts();
        PdfKit kit = new PdfKit();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        Document document = new Document(PageSize.A4.rotate(), 40, 40, 60, 56);
        PdfWriter writer = PdfWriter.getInstance(document, out);
        String title = PdfKit.clean(
                t.get("report.partnership.title") + " · " + data.campaign().name());
        writer.setPageEvent(kit.headerAndFooter(title, data.tlp(), t.get("report.page")));
        document.addSubject(data.tlp().label());
        document.addCreator("Resilience Assessment");
        TaggedPdf tagged = TaggedPdf.open(document, writer, t.locale(), title);

        tagged.add(kit.tlpLabel(data.tlp(), 14));
        tagged.add(kit.muted(t.get(data.tlp().ruleKey()), 9));
        Paragraph heading = new PdfKit.Heading(t.get("report.partnership.title"), kit.boldFont(24), 1);
        heading.setSpacingBefore(16);
        tagged.add(heading);
        Paragraph campaign = new Paragraph(PdfKit.clean(data.campaign().name()), kit.boldFont(16, PdfKit.ACCENT));
        campaign.setSpacingBefore(6);
        tagged.add(campaign);
        String questionnaire = data.questionnaire() == null
                ? data.campaign().questionnaireId() + " " + data.campaign().questionnaireVersion()
                : t.in(data.questionnaire().title()) + " (" + data.campaign().questionnaireVersion() + ")";
        tagged.add(kit.text(
                questionnaire + " · "
                        + data.date()
                                .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                        .withLocale(t.locale())),
                10));
        tagged.add(kit.muted(t.get("benchmark.intro", data.k()), 8.5f));
        tagged.add(kit.muted(data.releaseLine(), 8.5f));

        tagged.add(kit.heading(t.get("benchmark.participation"), 14));
        PdfPTable participation = kit.table(
                new float[] {3, 1, 1, 1},
                t.get("campaigns.sector"),
                t.get("campaigns.invited"),
                t.get("campaigns.started"),
                t.get("campaigns.submitted"));
        participation.setWidthPercentage(60);
        participation.setHorizontalAlignment(Element.ALIGN_LEFT);
        data.participationBySector().forEach((sector, counts) -> {
            if (!sector.isEmpty()) {
                participationRow(participation, kit, data.sectorName(sector), counts);
            }
        });
        int[] total = data.participationBySector().get("");
        if (total != null) {
            participationRow(participation, kit, data.sectorName(""), total);
        }
        tagged.add(participation);

        tagged.newPage();
        heatmap(tagged, kit, data);

        SliceReport all = data.heatmap().all();
        if (all.isShown()) {
            tagged.newPage();
            tagged.add(kit.heading(t.get("benchmark.distribution"), 14));
            List<Charts.Box> boxes = all.domainBoxes();
            tagged.add(kit.chart(
                    writer,
                    Charts.boxPlot(boxes, t.get("results.score")),
                    740,
                    // low enough that the figures of every domain fit under it on the same landscape page
                    230,
                    t.get("chart.alt", t.get("benchmark.distribution"))));
            tagged.add(figuresTable(kit, data, all));
        }

        tagged.newPage();
        tagged.add(kit.heading(t.get("benchmark.trend"), 14));
        List<String> labels =
                data.trend().stream().map(p -> p.campaign().name()).toList();
        Map<String, Double> median = new LinkedHashMap<>();
        Map<String, Double> q1 = new LinkedHashMap<>();
        Map<String, Double> q3 = new LinkedHashMap<>();
        PdfPTable trend = kit.table(
                new float[] {3, 1, 1, 1, 1, 3},
                t.get("benchmark.campaign"),
                t.get("benchmark.column.n"),
                t.get("benchmark.column.q1"),
                t.get("benchmark.column.median"),
                t.get("benchmark.column.q3"),
                t.get("report.column.note"));
        for (TrendPoint point : data.trend()) {
            String name = point.campaign().name();
            trend.addCell(kit.cell(name, 8.5f));
            if (point.all().isShown()) {
                Figures f = point.all().overall();
                median.put(name, f.median());
                q1.put(name, f.q1());
                q3.put(name, f.q3());
                trend.addCell(kit.cell(String.valueOf(f.n()), 8.5f));
                for (Double value : new Double[] {f.q1(), f.median(), f.q3()}) {
                    trend.addCell(kit.cell(value == null ? "—" : t.get("report.number", value), 8.5f));
                }
                trend.addCell(kit.cell("", 8.5f));
            } else {
                for (int i = 0; i < 4; i++) {
                    trend.addCell(kit.cell(t.get("benchmark.suppressed.short"), 8.5f, HIDDEN));
                }
                trend.addCell(kit.cell(data.suppressed(point.all().suppression()), 8, HIDDEN));
            }
        }
        tagged.add(kit.chart(
                writer,
                Charts.lines(
                        labels,
                        List.of(
                                new Charts.Series(t.get("benchmark.trend.median"), median),
                                new Charts.Series(t.get("benchmark.trend.q1"), q1),
                                new Charts.Series(t.get("benchmark.trend.q3"), q3))),
                620,
                260,
                t.get("chart.alt", t.get("benchmark.trend"))));
        tagged.add(trend);
        document.close();
        return out.toByteArray();
    }

    private static void participationRow(PdfPTable table, PdfKit kit, String name, int[] counts) {
        table.addCell(kit.cell(name, 9));
        for (int count : counts) {
            table.addCell(kit.cell(String.valueOf(count), 9));
        }
    }

    private static void heatmap(TaggedPdf document, PdfKit kit, PartnershipReportData data) {
        Texts t = data.texts();
        document.add(kit.heading(t.get("benchmark.heatmap"), 14));
        List<String> domains = data.heatmap().domainIds();
        float[] widths = new float[domains.size() + 3];
        widths[0] = 3;
        for (int i = 1; i < widths.length; i++) {
            widths[i] = 1.1f;
        }
        List<String> headers = new ArrayList<>();
        headers.add(t.get("campaigns.sector"));
        headers.add(t.get("benchmark.column.n"));
        headers.addAll(domains);
        headers.add(t.get("benchmark.overall"));
        PdfPTable table = kit.table(widths, headers.toArray(String[]::new));
        List<String> notes = new ArrayList<>();
        data.heatmap()
                .sectors()
                .forEach((sector, report) -> heatRow(table, kit, data, data.sectorName(sector), report, notes));
        heatRow(table, kit, data, data.sectorName(""), data.heatmap().all(), notes);
        document.add(table);
        document.add(colourScale(kit, t));
        document.add(kit.muted(t.get("benchmark.heatmap.legend", data.k()), 8.5f));
        for (String note : notes) {
            document.add(kit.muted(note, 8.5f));
        }
    }

    private static void heatRow(
            PdfPTable table,
            PdfKit kit,
            PartnershipReportData data,
            String name,
            SliceReport report,
            List<String> notes) {
        Texts t = data.texts();
        table.addCell(kit.cell(name, 8.5f));
        table.addCell(kit.cell(String.valueOf(report.n()), 8.5f));
        if (!report.isShown()) {
            for (int i = 0; i <= data.heatmap().domainIds().size(); i++) {
                table.addCell(kit.cell(t.get("benchmark.suppressed.short"), 7.5f, HIDDEN));
            }
            notes.add(name + ": " + data.suppressed(report.suppression()));
            return;
        }
        for (String domain : data.heatmap().domainIds()) {
            SliceReport.Cell cell = report.domain(domain);
            if (cell == null || cell.figures() == null) {
                table.addCell(kit.cell(t.get("benchmark.suppressed.short"), 7.5f, HIDDEN));
            } else {
                table.addCell(kit.cell(
                        t.get("report.number", cell.figures().mean()),
                        8.5f,
                        colour(cell.figures().mean())));
            }
        }
        table.addCell(kit.cell(
                t.get("report.number", report.overall().mean()),
                8.5f,
                colour(report.overall().mean())));
    }

    private static PdfPTable figuresTable(PdfKit kit, PartnershipReportData data, SliceReport all) {
        Texts t = data.texts();
        PdfPTable table = kit.table(
                new float[] {4, 1, 1, 1, 1, 1, 1, 1},
                t.get("questionnaire.domain"),
                t.get("benchmark.column.n"),
                t.get("benchmark.column.p10"),
                t.get("benchmark.column.q1"),
                t.get("benchmark.column.median"),
                t.get("benchmark.column.q3"),
                t.get("benchmark.column.p90"),
                t.get("benchmark.column.mean"));
        for (SliceReport.Cell cell : all.domains()) {
            table.addCell(kit.cell(data.domainTitle(cell.domainId()), 8));
            Figures f = cell.figures();
            if (f == null) {
                PdfPCell hidden = kit.cell(data.suppressed(cell.suppression()), 8, HIDDEN);
                hidden.setColspan(7);
                table.addCell(hidden);
                continue;
            }
            table.addCell(kit.cell(String.valueOf(f.n()), 8));
            for (Double value : new Double[] {f.p10(), f.q1(), f.median(), f.q3(), f.p90(), f.mean()}) {
                table.addCell(kit.cell(value == null ? "—" : t.get("report.number", value), 8));
            }
        }
        return table;
    }

    /** The scores at which the heatmap's colour legend shows its colour, as on the dashboard. */
    private static final int[] SCALE = {0, 20, 40, 60, 80, 100};

    /** The heatmap's colour legend: its caption, then one coloured cell per step with its score in it. */
    private static PdfPTable colourScale(PdfKit kit, Texts t) {
        float[] widths = new float[SCALE.length + 1];
        java.util.Arrays.fill(widths, 1);
        widths[0] = 3;
        PdfPTable scale = new PdfPTable(widths);
        scale.setWidthPercentage(60);
        scale.setHorizontalAlignment(Element.ALIGN_LEFT);
        scale.setSpacingAfter(4);
        scale.addCell(kit.cell(t.get("benchmark.heatmap.scale"), 8));
        for (int score : SCALE) {
            PdfPCell swatch = kit.cell(String.valueOf(score), 8, colour(score));
            swatch.setHorizontalAlignment(Element.ALIGN_CENTER);
            scale.addCell(swatch);
        }
        return scale;
    }

    /** From red (0) through amber to green (100), light enough for dark text; the dashboard's scale. */
    static Color colour(double score) {
        double t = Math.max(0, Math.min(1, score / 100));
        int red = (int) (t < 0.5 ? 244 : 244 - (t - 0.5) * 2 * 120);
        int green = (int) (t < 0.5 ? 150 + t * 2 * 70 : 220);
        return new Color(red, green, 150);
    }
}
