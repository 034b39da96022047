package eu.resilience.assessment.benchmark.ui;

import static eu.resilience.assessment.benchmark.ui.FiguresTable.cell;
import static eu.resilience.assessment.benchmark.ui.FiguresTable.rowHeader;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import eu.resilience.assessment.benchmark.NamedResult;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;

/** The named results of the operators that consented: organization, level (or band) and score. */
final class NamedResultsTable {

    private NamedResultsTable() {}

    static NativeTable of(
            List<NamedResult> results,
            Questionnaire questionnaire,
            Locale locale,
            BiFunction<String, Object[], String> t) {
        NativeTable table = FiguresTable.table("named-results", t.apply("benchmark.named", new Object[0]));
        FiguresTable.columnHeaders(
                table,
                List.of(
                        t.apply("campaigns.organization", new Object[0]),
                        t.apply("results.level", new Object[0]),
                        t.apply("results.score", new Object[0])));
        for (NamedResult result : results) {
            NativeTableRow row = table.getBody().addRow();
            rowHeader(row, result.organizationName());
            cell(
                    row,
                    FiguresTable.levelName(
                            questionnaire,
                            result.figures().band() != null
                                    ? result.figures().band()
                                    : String.valueOf(result.figures().level()),
                            locale,
                            t));
            cell(row, FiguresTable.number(result.figures().score()));
        }
        return table;
    }
}
