package eu.resilience.assessment.exchange;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/** Fills a downloaded answering workbook with POI, as a person would in Excel: typed values in the yellow cells. */
final class Filler implements AutoCloseable {

    static final int ANSWER = 4;
    static final int NA_JUSTIFICATION = 5;
    static final int COMMENT = 6;
    static final int EVIDENCE_NOTE = 7;
    static final int EVIDENCE = 8;
    static final int FLAG = 9;

    final XSSFWorkbook workbook;
    final Sheet sheet;

    Filler(byte[] file) {
        try {
            workbook = new XSSFWorkbook(new ByteArrayInputStream(file));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        sheet = workbook.getSheetAt(0);
    }

    /** The practice ids of the rows, in sheet order. */
    List<String> practiceIds() {
        List<String> ids = new ArrayList<>();
        for (Row row : sheet) {
            if (row.getRowNum() > 2) {
                Cell id = row.getCell(0);
                if (id != null && !id.getStringCellValue().isBlank()) {
                    ids.add(id.getStringCellValue());
                }
            }
        }
        return ids;
    }

    Row row(String practiceId) {
        for (Row row : sheet) {
            Cell id = row.getCell(0);
            if (row.getRowNum() > 2 && id != null && practiceId.equals(id.getStringCellValue())) {
                return row;
            }
        }
        throw new IllegalArgumentException("no row for " + practiceId);
    }

    String text(String practiceId, int column) {
        Cell cell = row(practiceId).getCell(column);
        return cell == null ? "" : cell.getStringCellValue();
    }

    Filler set(String practiceId, int column, String value) {
        Row row = row(practiceId);
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        cell.setCellValue(value);
        return this;
    }

    Filler formula(String practiceId, int column, String formula) {
        Row row = row(practiceId);
        Cell cell = row.getCell(column) == null ? row.createCell(column) : row.getCell(column);
        cell.setCellFormula(formula);
        return this;
    }

    byte[] bytes() {
        try (ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            workbook.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() throws IOException {
        workbook.close();
    }
}
