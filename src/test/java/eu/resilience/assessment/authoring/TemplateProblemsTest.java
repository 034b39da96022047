package eu.resilience.assessment.authoring;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import eu.resilience.assessment.exchange.ExchangeException;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.function.Consumer;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** A template workbook with mistakes: every one reported with its sheet, row and column, and nothing made of it. */
class TemplateProblemsTest {

    private static byte[] template;

    @BeforeAll
    static void exportQuickCheck() throws IOException {
        template = Authoring.template(TemplateRoundTripTest.shipped("quick-check-1.0.yaml"));
    }

    @Test
    void cellsOfTheWrongKindAndUnknownParentsAreReportedWithSheetRowAndColumn() throws IOException {
        byte[] file = edited(workbook -> {
            Sheet practices = workbook.getSheet(Template.PRACTICES);
            cell(practices, 2, "weight").setCellValue("heavy");
            cell(practices, 3, "goal").setCellValue("NOPE.1");
            cell(practices, 4, "id").setCellValue(cell(practices, 1, "id").getStringCellValue());
            cell(workbook.getSheet(Template.OPTIONS), 1, "achieved").setCellValue("maybe");
            cell(workbook.getSheet(Template.OPTIONS), 2, "value").setCellFormula("1/2");
            Row header = workbook.getSheet(Template.DOMAINS).getRow(0);
            header.createCell(header.getLastCellNum()).setCellValue("colour");
        });

        assertThat(problems(file))
                .extracting(Problem::sheet, Problem::row, Problem::column, Problem::messageKey)
                .containsExactlyInAnyOrder(
                        tuple("Options", 2, "achieved", "authoring.cell.boolean"),
                        tuple("Options", 3, "value", "authoring.cell.formula"),
                        tuple("Domains", 1, "K", "authoring.column.unknown"),
                        tuple("Practices", 3, "weight", "authoring.cell.number"),
                        tuple("Practices", 4, "goal", "authoring.parent.unknown"),
                        tuple("Practices", 5, "id", "authoring.id.duplicate"),
                        // the evidence of the practice whose id was overwritten names an id that is gone
                        tuple("Evidence", 6, "practice", "authoring.parent.unknown"));
        Problem duplicate = problems(file).stream()
                .filter(p -> p.messageKey().equals("authoring.id.duplicate"))
                .findFirst()
                .orElseThrow();
        assertThat(duplicate.arguments()).containsExactly("HYG.1.1", "Practices", "2");
    }

    @Test
    void whatOnlyTheLoaderFindsIsReportedOnTheRowOfItsElement() throws IOException {
        byte[] file = edited(workbook -> {
            Sheet practices = workbook.getSheet(Template.PRACTICES);
            practices.getRow(2).removeCell(cell(practices, 2, "text [fr]"));
        });

        List<Problem> problems = problems(file);

        assertThat(problems)
                .extracting(Problem::sheet, Problem::row, Problem::messageKey)
                .containsExactly(tuple("Practices", 3, "authoring.loader"));
        assertThat(problems.get(0).arguments().get(0)).contains("text has no 'fr' translation");
    }

    @Test
    void aMissingSheetAndAFileThatIsNoWorkbookAreRefused() throws IOException {
        byte[] file = edited(workbook -> workbook.removeSheetAt(workbook.getSheetIndex(Template.GOALS)));
        assertThat(problems(file))
                .extracting(Problem::sheet, Problem::messageKey)
                .containsExactly(tuple("Goals", "authoring.sheet.missing"));

        assertThatThrownBy(() -> Authoring.fromWorkbook("x.xlsx", "id;text".getBytes(StandardCharsets.UTF_8)))
                .isInstanceOfSatisfying(
                        ExchangeException.class, e -> assertThat(e.messageKey()).isEqualTo("exchange.file.not-xlsx"));
    }

    @Test
    void aReferencesColumnNamesAKnownOrDeclaredFramework() throws IOException {
        Consumer<XSSFWorkbook> cyfunColumn = workbook -> {
            Sheet practices = workbook.getSheet(Template.PRACTICES);
            int c = practices.getRow(0).getLastCellNum();
            practices.getRow(0).createCell(c).setCellValue("cyfun");
            practices.getRow(1).createCell(c).setCellValue("PR.AC-1, PR.AC-2");
        };
        byte[] undeclared = edited(cyfunColumn);
        assertThat(problems(undeclared))
                .extracting(Problem::sheet, Problem::row, Problem::messageKey)
                .containsExactly(tuple("Practices", 1, "authoring.column.framework"));

        byte[] keyless = edited(cyfunColumn.andThen(workbook -> {
            Sheet frameworks = workbook.getSheet(Template.FRAMEWORKS);
            frameworks.createRow(1).createCell(1).setCellValue("CyberFundamentals");
        }));
        assertThat(problems(keyless))
                .extracting(Problem::sheet, Problem::row, Problem::column, Problem::messageKey)
                .contains(tuple("Frameworks", 2, "key", "authoring.framework.no-key"));

        byte[] declared = edited(cyfunColumn.andThen(workbook -> {
            Row row = workbook.getSheet(Template.FRAMEWORKS).createRow(1);
            row.createCell(0).setCellValue("cyfun");
            row.createCell(1).setCellValue("CyberFundamentals");
            row.createCell(2).setCellValue("2023");
        }));
        Authoring.Draft draft = Authoring.fromWorkbook("edited.xlsx", declared);
        var practice = draft.questionnaire().practices().get(0);
        assertThat(practice.references().of("cyfun")).containsExactly("PR.AC-1", "PR.AC-2");
        assertThat(draft.questionnaire().framework("cyfun").orElseThrow().label())
                .isEqualTo("CyberFundamentals 2023");
    }

    @Test
    void theTemplateHasOneReferencesColumnPerFrameworkAndDeclaresTheOnesNotKnownAsTheyAre() throws IOException {
        byte[] file = Authoring.template(TemplateRoundTripTest.everyField("every-field-cumulative-1.0.yaml"));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(file))) {
            Row practices = workbook.getSheet(Template.PRACTICES).getRow(0);
            List<String> headers = new java.util.ArrayList<>();
            practices.forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers).containsSubsequence("cyfun", "iso27001", "local_rules", "nist_csf", "nis2");
            assertThat(headers).doesNotContain("references");
            Sheet frameworks = workbook.getSheet(Template.FRAMEWORKS);
            assertThat(frameworks.getLastRowNum()).isEqualTo(3);
            assertThat(frameworks.getRow(1).getCell(3).getStringCellValue()).startsWith("^(ID|PR");
            // a known framework declared with its own title has no id pattern of its own
            assertThat(frameworks.getRow(2).getCell(0).getStringCellValue()).isEqualTo("iso27001");
            assertThat(frameworks.getRow(2).getCell(3)).isNull();
        }
    }

    private static List<Problem> problems(byte[] file) {
        try {
            Authoring.fromWorkbook("edited.xlsx", file);
        } catch (AuthoringException refused) {
            return refused.problems();
        }
        throw new AssertionError("the workbook was accepted");
    }

    private static org.apache.poi.ss.usermodel.Cell cell(Sheet sheet, int row, String header) {
        Row headers = sheet.getRow(0);
        for (int c = 0; c < headers.getLastCellNum(); c++) {
            if (headers.getCell(c).getStringCellValue().equals(header)) {
                Row data = sheet.getRow(row);
                return data.getCell(c) != null ? data.getCell(c) : data.createCell(c);
            }
        }
        throw new AssertionError("no column " + header);
    }

    private static byte[] edited(Consumer<XSSFWorkbook> edit) throws IOException {
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(template));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            edit.accept(workbook);
            workbook.write(out);
            return out.toByteArray();
        }
    }
}
