package eu.resilience.assessment.benchmark.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Html;
import eu.resilience.assessment.benchmark.Figures;
import eu.resilience.assessment.benchmark.SliceReport;
import eu.resilience.assessment.benchmark.Suppression;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.util.Locale;
import java.util.Map;
import java.util.function.BiFunction;

/** Tables and cells of benchmark figures, with suppressed cells saying why. */
final class FiguresTable {

    private FiguresTable() {}

    static String escape(String text) {
        return eu.resilience.assessment.base.ui.HtmlText.escape(text);
    }

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
    static String colourScale(String caption) {
        StringBuilder html = new StringBuilder("<table class=\"ra-table\" id=\"heatmap-scale\"><tr><th>")
                .append(escape(caption))
                .append("</th>");
        for (int score : SCALE) {
            html.append("<td style=\"background:")
                    .append(colour(score))
                    .append(";text-align:center;min-width:3em\">")
                    .append(score)
                    .append("</td>");
        }
        return html.append("</tr></table>").toString();
    }

    static String suppressedCell(Suppression suppression, int k, BiFunction<String, Object[], String> translate) {
        String reason = translate.apply("benchmark.suppressed." + suppression.name(), new Object[] {k});
        // the reason in the cell as text (not only as a tooltip), the full sentence on hover
        return "<td class=\"ra-suppressed\" title=\"" + escape(reason) + "\">"
                + escape(translate.apply("benchmark.suppressed.cell." + suppression.name(), new Object[] {k}))
                + "</td>";
    }

    /** The figures of a slice, per domain and overall. */
    static Component slice(
            SliceReport report,
            Questionnaire questionnaire,
            Locale locale,
            boolean extremes,
            BiFunction<String, Object[], String> t) {
        StringBuilder html = new StringBuilder("<table class=\"ra-table\" id=\"slice-table\"><tr><th>")
                .append(escape(t.apply("questionnaire.domain", new Object[0])))
                .append("</th>");
        for (String column : extremes
                ? new String[] {"n", "mean", "p10", "q1", "median", "q3", "p90", "levels"}
                : new String[] {"n", "mean", "q1", "median", "q3", "levels"}) {
            html.append("<th>")
                    .append(escape(t.apply("benchmark.column." + column, new Object[0])))
                    .append("</th>");
        }
        html.append("</tr>");
        if (!report.isShown()) {
            html.append("<tr><td>")
                    .append(escape(t.apply("benchmark.overall", new Object[0])))
                    .append("</td>")
                    .append(suppressedCell(report.suppression(), report.k(), t))
                    .append("</tr></table>");
            return new Html(html.toString());
        }
        java.util.function.UnaryOperator<String> levelName = key -> levelName(questionnaire, key, locale, t);
        row(
                html,
                t.apply("benchmark.overall", new Object[0]),
                report.n(),
                report.overall(),
                null,
                report.k(),
                extremes,
                t,
                levelName);
        for (SliceReport.Cell cell : report.domains()) {
            String title = questionnaire == null
                    ? cell.domainId()
                    : questionnaire
                            .domain(cell.domainId())
                            .map(d -> d.id() + " " + d.title().in(locale))
                            .orElse(cell.domainId());
            row(html, title, report.n(), cell.figures(), cell.suppression(), report.k(), extremes, t, levelName);
        }
        return new Html(html.append("</table>").toString());
    }

    private static void row(
            StringBuilder html,
            String title,
            int n,
            Figures figures,
            Suppression suppression,
            int k,
            boolean extremes,
            BiFunction<String, Object[], String> t,
            java.util.function.UnaryOperator<String> levelName) {
        html.append("<tr><td>").append(escape(title)).append("</td>");
        if (figures == null) {
            html.append(suppressedCell(suppression, k, t)).append("</tr>");
            return;
        }
        html.append("<td>")
                .append(figures.n())
                .append("</td><td>")
                .append(number(figures.mean()))
                .append("</td>");
        if (extremes) {
            html.append("<td>").append(number(figures.p10())).append("</td>");
        }
        html.append("<td>")
                .append(number(figures.q1()))
                .append("</td><td><strong>")
                .append(number(figures.median()))
                .append("</strong></td><td>")
                .append(number(figures.q3()))
                .append("</td>");
        if (extremes) {
            html.append("<td>").append(number(figures.p90())).append("</td>");
        }
        html.append("<td>").append(escape(levels(figures.levels(), levelName))).append("</td></tr>");
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
