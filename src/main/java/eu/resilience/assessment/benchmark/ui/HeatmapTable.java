package eu.resilience.assessment.benchmark.ui;

import static eu.resilience.assessment.benchmark.ui.FiguresTable.cell;
import static eu.resilience.assessment.benchmark.ui.FiguresTable.header;
import static eu.resilience.assessment.benchmark.ui.FiguresTable.rowHeader;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.resilience.assessment.benchmark.Figures;
import eu.resilience.assessment.benchmark.Heatmap;
import eu.resilience.assessment.benchmark.SliceReport;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/**
 * The sector x domain heatmap of a release: the mean score of each cell on its colour, hidden cells saying why, a
 * colour legend; in a region that scrolls sideways and is reachable from the keyboard.
 */
final class HeatmapTable {

    private HeatmapTable() {}

    static Div of(
            Heatmap heatmap,
            Questionnaire questionnaire,
            Locale locale,
            int k,
            BiFunction<String, Object[], String> t) {
        NativeTable table = FiguresTable.table("heatmap", text(t, "benchmark.heatmap"));
        table.addClassName("ra-heatmap");
        NativeTableRow head = table.getHead().addRow();
        header(head, text(t, "campaigns.sector"), "col");
        header(head, "n", "col");
        for (String domain : heatmap.domainIds()) {
            String title = questionnaire == null
                    ? domain
                    : questionnaire
                            .domain(domain)
                            .map(d -> d.title().in(locale))
                            .orElse(domain);
            NativeTableHeaderCell cell = header(head, domain, "col");
            cell.setTitle(title);
        }
        header(head, text(t, "benchmark.overall"), "col");
        heatmap.sectors()
                .forEach((sectorId, report) ->
                        row(table, text(t, "sector." + sectorId), sectorId, report, heatmap.domainIds(), t));
        if (heatmap.all() != null) {
            row(table, text(t, "benchmark.all"), "all", heatmap.all(), heatmap.domainIds(), t);
        }
        Div wrapper = new Div(table);
        wrapper.add(FiguresTable.colourScale(text(t, "benchmark.heatmap.scale")));
        Paragraph legend = new Paragraph(t.apply("benchmark.heatmap.legend", new Object[] {k}));
        legend.addClassName("ra-muted");
        wrapper.add(legend);
        wrapper.addClassNames(LumoUtility.Overflow.AUTO, LumoUtility.Width.FULL);
        // a region that scrolls sideways is reachable and scrollable from the keyboard
        wrapper.getElement().setAttribute("tabindex", "0");
        wrapper.getElement().setAttribute("role", "region");
        wrapper.getElement().setAttribute("aria-label", text(t, "benchmark.heatmap"));
        return wrapper;
    }

    private static void row(
            NativeTable table,
            String title,
            String id,
            SliceReport report,
            List<String> domains,
            BiFunction<String, Object[], String> t) {
        NativeTableRow row = table.getBody().addRow();
        row.getElement().setAttribute("data-sector", id);
        rowHeader(row, title);
        cell(row, String.valueOf(report.n()));
        if (!report.isShown()) {
            for (int i = 0; i <= domains.size(); i++) {
                FiguresTable.suppressed(row, report.suppression(), report.k(), t);
            }
            return;
        }
        for (String domain : domains) {
            SliceReport.Cell cell = report.domain(domain);
            if (cell == null || cell.figures() == null) {
                FiguresTable.suppressed(row, cell == null ? report.suppression() : cell.suppression(), report.k(), t);
            } else {
                mean(row, cell.figures());
            }
        }
        mean(row, report.overall());
    }

    /** A cell with the mean score on its colour. */
    private static void mean(NativeTableRow row, Figures figures) {
        cell(row, FiguresTable.number(figures.mean()))
                .getStyle()
                .set("background", FiguresTable.colour(figures.mean()));
    }

    private static String text(BiFunction<String, Object[], String> t, String key) {
        return t.apply(key, new Object[0]);
    }
}
