package eu.resilience.assessment.report.excel;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/**
 * A text stored before the input rule existed may still hold direction overrides or controls: the workbooks leave them
 * out, as the PDF does, and keep line breaks.
 */
class CellsTest {

    @Test
    void aTextCellLeavesOutWhatTheInputRuleRefuses() throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook()) {
            Cells cells = new Cells(workbook);
            var row = workbook.createSheet("s").createRow(0);

            cells.text(row, 0, "invoice_\u202Eexe.txt");
            cells.text(row, 1, "line one\nline\u0007 two");
            cells.text(row, 2, "\u202E=1+1");

            assertThat(row.getCell(0).getStringCellValue()).isEqualTo("invoice_exe.txt");
            assertThat(row.getCell(1).getStringCellValue()).isEqualTo("line one\nline two");
            assertThat(row.getCell(2).getStringCellValue()).isEqualTo("=1+1");
            assertThat(row.getCell(2).getCellStyle().getQuotePrefixed())
                    .as("still inert once the override is gone")
                    .isTrue();
        }
    }
}
