package eu.resilience.assessment.base.ui;

import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import java.util.List;
import java.util.Locale;

/**
 * The figures of a chart as a table beside it: the text equivalent of the image (WCAG 1.1.1), for screen readers and
 * for anyone who wants the numbers. Folded under a summary that names it; the first column names each row.
 */
public final class ChartFigures {

    private ChartFigures() {}

    /** A folded table: {@code summary} on the fold, {@code caption} on the table, one row per list of cells. */
    public static Details of(String summary, String caption, List<String> headers, List<List<String>> rows) {
        NativeTable table = new NativeTable();
        table.addClassName("ra-table");
        table.setCaptionText(caption);
        NativeTableRow head = table.getHead().addRow();
        for (String header : headers) {
            NativeTableHeaderCell cell = head.addHeaderCell();
            cell.setText(header);
            cell.getElement().setAttribute("scope", "col");
        }
        for (List<String> cells : rows) {
            NativeTableRow row = table.getBody().addRow();
            for (int i = 0; i < cells.size(); i++) {
                if (i == 0) {
                    NativeTableHeaderCell name = row.addHeaderCell();
                    name.setText(cells.get(i));
                    name.getElement().setAttribute("scope", "row");
                } else {
                    NativeTableCell cell = row.addDataCell();
                    cell.setText(cells.get(i));
                }
            }
        }
        Details details = new Details(summary, table);
        details.addClassName("ra-chart-figures");
        return details;
    }

    /** A score with one decimal, or a dash where there is none. */
    public static String number(Double value) {
        return value == null ? "—" : String.format(Locale.ROOT, "%.1f", value);
    }
}
