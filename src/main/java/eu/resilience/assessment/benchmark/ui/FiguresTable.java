package eu.resilience.assessment.benchmark.ui;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.resilience.assessment.benchmark.Figures;
import eu.resilience.assessment.benchmark.SliceReport;
import eu.resilience.assessment.benchmark.Suppression;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/** Tables and cells of benchmark figures, with suppressed cells saying why. */
final class FiguresTable {

    private FiguresTable() {}

    static String number(Double value) {
        return eu.resilience.assessment.text.Formats.score(value, locale());
    }

    /** The locale of the screen being built. */
    static Locale locale() {
        com.vaadin.flow.component.UI ui = com.vaadin.flow.component.UI.getCurrent();
        return ui == null ? Locale.ENGLISH : ui.getLocale();
    }

    /** A colour from red (0) through amber to green (100), light enough for dark text. */
    static String colour(double score) {
        double t = Math.max(0, Math.min(1, score / 100));
        int red = (int) (t < 0.5 ? 244 : 244 - (t - 0.5) * 2 * 120);
        int green = (int) (t < 0.5 ? 150 + t * 2 * 70 : 220);
        return String.format("rgb(%d,%d,%d)", red, green, 150);
    }

    /** The scores at which the colour scale is shown, 0 to 100. */
    static final int[] SCALE = {0, 20, 40, 60, 80, 100};

    /** The heatmap's colour legend: one swatch per step of {@link #SCALE}, each with its score written in it. */
    static NativeTable colourScale(String caption) {
        NativeTable table = table("heatmap-scale", caption);
        NativeTableRow row = table.getBody().addRow();
        rowHeader(row, caption);
        for (int score : SCALE) {
            NativeTableCell swatch = cell(row, String.valueOf(score));
            swatch.getStyle()
                    .set("background", colour(score))
                    .set("text-align", "center")
                    .set("min-width", "3em");
        }
        return table;
    }

    /** A table with its id and its caption (for screen readers: the heading above names it on screen). */
    static NativeTable table(String id, String caption) {
        NativeTable table = new NativeTable();
        table.setId(id);
        table.addClassName("ra-table");
        table.setCaptionText(caption);
        table.getCaption().addClassName(LumoUtility.Accessibility.SCREEN_READER_ONLY);
        return table;
    }

    /** A header row of column headers. */
    static NativeTableRow columnHeaders(NativeTable table, List<String> headers) {
        NativeTableRow row = table.getHead().addRow();
        headers.forEach(header -> header(row, header, "col"));
        return row;
    }

    static NativeTableHeaderCell header(NativeTableRow row, String text, String scope) {
        NativeTableHeaderCell cell = row.addHeaderCell();
        cell.setText(text);
        cell.getElement().setAttribute("scope", scope);
        return cell;
    }

    /** The cell that names its row. */
    static NativeTableHeaderCell rowHeader(NativeTableRow row, String text) {
        return header(row, text, "row");
    }

    static NativeTableCell cell(NativeTableRow row, String text) {
        NativeTableCell cell = row.addDataCell();
        cell.setText(text);
        return cell;
    }

    /** A cell whose figure is hidden: the reason in the cell as text (not only as a tooltip), the full sentence on hover. */
    static NativeTableCell suppressed(
            NativeTableRow row, Suppression suppression, int k, BiFunction<String, Object[], String> translate) {
        NativeTableCell cell =
                cell(row, translate.apply("benchmark.suppressed.cell." + suppression.name(), new Object[] {k}));
        cell.addClassName("ra-suppressed");
        cell.setTitle(translate.apply("benchmark.suppressed." + suppression.name(), new Object[] {k}));
        return cell;
    }

    /** The figures of a slice, per domain and overall. */
    static NativeTable slice(
            SliceReport report,
            Questionnaire questionnaire,
            Locale locale,
            boolean extremes,
            BiFunction<String, Object[], String> t) {
        NativeTable table = table("slice-table", t.apply("benchmark.explorer", new Object[0]));
        List<String> headers = new ArrayList<>(List.of(t.apply("questionnaire.domain", new Object[0])));
        for (String column : extremes
                ? new String[] {"n", "mean", "p10", "q1", "median", "q3", "p90", "levels"}
                : new String[] {"n", "mean", "q1", "median", "q3", "levels"}) {
            headers.add(t.apply("benchmark.column." + column, new Object[0]));
        }
        columnHeaders(table, headers);
        if (!report.isShown()) {
            NativeTableRow row = table.getBody().addRow();
            rowHeader(row, t.apply("benchmark.overall", new Object[0]));
            suppressed(row, report.suppression(), report.k(), t);
            return table;
        }
        java.util.function.UnaryOperator<String> levelName = key -> levelName(questionnaire, key, locale, t);
        Row rowOf = new Row(report.k(), extremes, t, levelName);
        rowOf.add(table, t.apply("benchmark.overall", new Object[0]), report.overall(), null);
        for (SliceReport.Cell cell : report.domains()) {
            String title = questionnaire == null
                    ? cell.domainId()
                    : questionnaire
                            .domain(cell.domainId())
                            .map(d -> d.id() + " " + d.title().in(locale))
                            .orElse(cell.domainId());
            rowOf.add(table, title, cell.figures(), cell.suppression());
        }
        return table;
    }

    /** How the rows of one slice table are written: its k, whether it shows p10 and p90, its texts. */
    private record Row(
            int k,
            boolean extremes,
            BiFunction<String, Object[], String> t,
            java.util.function.UnaryOperator<String> levelName) {

        void add(NativeTable table, String title, Figures figures, Suppression suppression) {
            NativeTableRow row = table.getBody().addRow();
            rowHeader(row, title);
            if (figures == null) {
                suppressed(row, suppression, k, t);
                return;
            }
            cell(row, String.valueOf(figures.n()));
            cell(row, number(figures.mean()));
            if (extremes) {
                cell(row, number(figures.p10()));
            }
            cell(row, number(figures.q1()));
            row.addDataCell().getElement().appendChild(new Element("strong").setText(number(figures.median())));
            cell(row, number(figures.q3()));
            if (extremes) {
                cell(row, number(figures.p90()));
            }
            cell(row, levels(figures.levels(), levelName));
        }
    }

    /**
     * A key of a level distribution in the questionnaire's words: a level rank ("2") as "MIL2 Performed", "0" as
     * "Below MIL1", a band's id as its name.
     */
    static String levelName(
            Questionnaire questionnaire, String key, Locale locale, BiFunction<String, Object[], String> t) {
        if (questionnaire == null) {
            return key;
        }
        if (key.matches("\\d+")) {
            return questionnaire.levelName(
                    Integer.parseInt(key), locale, lowest -> t.apply("results.level-zero", new Object[] {lowest}));
        }
        return questionnaire.bands().stream()
                .filter(b -> b.id().equals(key))
                .findFirst()
                .map(b -> b.name().in(locale))
                .orElse(key);
    }

    static String levels(Map<String, Integer> levels, java.util.function.UnaryOperator<String> levelName) {
        StringBuilder text = new StringBuilder();
        levels.forEach((level, count) -> text.append(text.length() == 0 ? "" : " · ")
                .append(levelName.apply(level))
                .append(": ")
                .append(count));
        return text.toString();
    }
}
