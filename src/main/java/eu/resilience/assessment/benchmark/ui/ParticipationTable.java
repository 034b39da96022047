package eu.resilience.assessment.benchmark.ui;

import static eu.resilience.assessment.benchmark.ui.FiguresTable.cell;
import static eu.resilience.assessment.benchmark.ui.FiguresTable.rowHeader;

import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableRow;
import eu.resilience.assessment.assessment.AssessmentStatus;
import eu.resilience.assessment.assessment.Participation;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.BiFunction;

/** A campaign's participation by sector: invited, started, submitted (in force), with the totals in the footer. */
final class ParticipationTable {

    private ParticipationTable() {}

    static NativeTable of(List<Participation> rows, BiFunction<String, Object[], String> t) {
        Map<String, int[]> bySector = new TreeMap<>();
        int[] total = new int[3];
        for (Participation p : rows) {
            int[] counts = bySector.computeIfAbsent(p.sector(), s -> new int[3]);
            for (int[] c : List.of(counts, total)) {
                c[0]++;
                c[1] += p.status() == AssessmentStatus.NOT_STARTED ? 0 : 1;
                c[2] += p.submissionInForce() ? 1 : 0;
            }
        }
        NativeTable table = FiguresTable.table("participation-table", text(t, "benchmark.participation"));
        FiguresTable.columnHeaders(
                table,
                List.of(
                        text(t, "campaigns.sector"),
                        text(t, "campaigns.invited"),
                        text(t, "campaigns.started"),
                        text(t, "campaigns.submitted")));
        bySector.forEach((sectorId, c) -> counts(table.getBody().addRow(), text(t, "sector." + sectorId), c));
        // the totals last: the two-node test reads the submitted total from the table's last row
        counts(table.getFoot().addRow(), text(t, "questionnaire.total"), total);
        return table;
    }

    private static void counts(NativeTableRow row, String title, int[] c) {
        rowHeader(row, title);
        for (int count : c) {
            cell(row, String.valueOf(count));
        }
    }

    private static String text(BiFunction<String, Object[], String> t, String key) {
        return t.apply(key, new Object[0]);
    }
}
