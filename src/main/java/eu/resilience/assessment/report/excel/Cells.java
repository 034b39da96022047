package eu.resilience.assessment.report.excel;

import eu.resilience.assessment.text.FreeText;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.IndexedColors;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes cells so that no text is ever evaluated: every text is a string cell, and a text that a spreadsheet would read
 * as a formula (starting with = + - @, a tab or a carriage return) carries the quote prefix, so Excel shows it as typed
 * and keeps it a string even when the cell is edited.
 */
public final class Cells {

    private final CellStyle text;
    private final CellStyle quoted;
    private final CellStyle header;
    private final CellStyle number;
    private final CellStyle bold;
    private final CellStyle whole;
    private final CellStyle percent;

    public Cells(Workbook workbook) {
        text = workbook.createCellStyle();
        text.setWrapText(false);
        quoted = workbook.createCellStyle();
        quoted.setQuotePrefixed(true);
        Font boldFont = workbook.createFont();
        boldFont.setBold(true);
        header = workbook.createCellStyle();
        header.setFont(boldFont);
        header.setFillForegroundColor(IndexedColors.GREY_25_PERCENT.getIndex());
        header.setFillPattern(FillPatternType.SOLID_FOREGROUND);
        bold = workbook.createCellStyle();
        bold.setFont(boldFont);
        number = workbook.createCellStyle();
        number.setDataFormat(workbook.createDataFormat().getFormat("0.0"));
        whole = workbook.createCellStyle();
        whole.setDataFormat(workbook.createDataFormat().getFormat("0"));
        percent = workbook.createCellStyle();
        percent.setDataFormat(workbook.createDataFormat().getFormat("0%"));
    }

    /** Whether a spreadsheet would take the text for a formula. */
    public static boolean looksLikeFormula(String value) {
        if (value == null || value.isEmpty()) {
            return false;
        }
        char first = value.charAt(0);
        return first == '=' || first == '+' || first == '-' || first == '@' || first == '\t' || first == '\r';
    }

    public Cell text(Row row, int column, String value) {
        Cell cell = row.createCell(column);
        // the characters the input rule refuses are left out, as in the PDF (texts stored before the rule had them)
        String safe = value == null ? "" : FreeText.strip(value, true);
        cell.setCellValue(safe);
        cell.setCellStyle(looksLikeFormula(safe) ? quoted : text);
        return cell;
    }

    public Cell bold(Row row, int column, String value) {
        Cell cell = text(row, column, value);
        if (!looksLikeFormula(value)) {
            cell.setCellStyle(bold);
        }
        return cell;
    }

    public Cell number(Row row, int column, Double value) {
        if (value == null) {
            return text(row, column, "—");
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        cell.setCellStyle(number);
        return cell;
    }

    /** A percentile or other whole figure: the value rounded as the screens round it, shown without decimals. */
    public Cell whole(Row row, int column, Double value) {
        if (value == null) {
            return text(row, column, "—");
        }
        Cell cell = row.createCell(column);
        cell.setCellValue(eu.resilience.assessment.text.Formats.rounded(value, 0));
        cell.setCellStyle(whole);
        return cell;
    }

    /** A share from 0 to 1, shown as a whole percentage ("85%"), rounded as the screens round it. */
    public Cell percent(Row row, int column, double fraction) {
        Cell cell = row.createCell(column);
        cell.setCellValue(eu.resilience.assessment.text.Formats.rounded(fraction * 100, 0) / 100);
        cell.setCellStyle(percent);
        return cell;
    }

    public Cell integer(Row row, int column, long value) {
        Cell cell = row.createCell(column);
        cell.setCellValue(value);
        return cell;
    }

    /** The header row (row 0): bold on grey, frozen, with an auto-filter over the columns. */
    public void header(Sheet sheet, String... titles) {
        Row row = sheet.createRow(0);
        for (int i = 0; i < titles.length; i++) {
            Cell cell = text(row, i, titles[i]);
            if (!looksLikeFormula(titles[i])) {
                cell.setCellStyle(header);
            }
        }
        sheet.createFreezePane(0, 1);
    }

    /** The auto-filter over the header and the rows written, once they are. */
    public static void filter(Sheet sheet, int columns) {
        sheet.setAutoFilter(new CellRangeAddress(0, Math.max(sheet.getLastRowNum(), 1), 0, columns - 1));
    }

    /** Column widths in characters, one per column. */
    public static void widths(Sheet sheet, int... characters) {
        for (int i = 0; i < characters.length; i++) {
            sheet.setColumnWidth(i, Math.min(255, characters[i]) * 256);
        }
    }
}
