package eu.resilience.assessment.report.excel;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * A streamed workbook of answer rows (SXSSF: only a window of rows in memory, the rest flushed to a temporary file), for
 * exports of any size. Every text goes through {@link Cells}: inert strings.
 */
public final class DataExport implements AutoCloseable {

    /** Rows kept in memory before they are flushed. */
    static final int WINDOW = 200;

    private final SXSSFWorkbook workbook;
    private final SXSSFSheet sheet;
    private final Cells cells;
    private int next = 1;

    public DataExport(String sheetName, String... headers) {
        workbook = new SXSSFWorkbook(WINDOW);
        sheet = workbook.createSheet(sheetName);
        cells = new Cells(workbook);
        cells.header(sheet, headers);
        for (int i = 0; i < headers.length; i++) {
            sheet.setColumnWidth(i, (i == 0 ? 18 : 14) * 256);
        }
    }

    /** Adds a sheet of explanatory lines (one text per row) after the data sheet. */
    public void notes(String sheetName, java.util.List<String> lines) {
        SXSSFSheet notes = workbook.createSheet(sheetName);
        notes.setColumnWidth(0, 140 * 256);
        for (int i = 0; i < lines.size(); i++) {
            cells.text(notes.createRow(i), 0, lines.get(i));
        }
    }

    /** Adds one row; the writer gets the row and the cell writer. */
    public void row(Consumer<RowWriter> writer) {
        writer.accept(new RowWriter(sheet.createRow(next++), cells));
    }

    public int rows() {
        return next - 1;
    }

    /** Writes the workbook (with the auto-filter over every row) and drops its temporary files. */
    public void write(OutputStream out, int columns) {
        Cells.filter(sheet, columns);
        try {
            workbook.write(out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            workbook.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } finally {
            workbook.dispose();
        }
    }

    /** Writes the cells of one row. */
    public record RowWriter(Row row, Cells cells) {
        public RowWriter text(int column, String value) {
            cells.text(row, column, value);
            return this;
        }

        /** A number as it is (general format); nothing when null. */
        public RowWriter value(int column, Double value) {
            if (value != null) {
                row.createCell(column).setCellValue(value);
            }
            return this;
        }

        public RowWriter bool(int column, boolean value) {
            row.createCell(column).setCellValue(value);
            return this;
        }
    }
}
