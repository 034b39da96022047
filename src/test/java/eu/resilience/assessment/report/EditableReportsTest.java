package eu.resilience.assessment.report;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.As;
import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.audit.AuditLog;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.plan.DomainTarget;
import eu.resilience.assessment.plan.PlanItemForm;
import eu.resilience.assessment.plan.PlanService;
import eu.resilience.assessment.plan.PlanStatus;
import eu.resilience.assessment.plan.Priority;
import eu.resilience.assessment.plan.Target;
import eu.resilience.assessment.plan.TargetService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The editable reports read back with POI: the company report as a Word document (headings as Word heading styles,
 * tables, the radar as a picture, the gap to target and the plan), the company workbook's Target and Plan sheets, and
 * the plan alone as xlsx and DOCX. Nordgrid Energy's submitted baseline of last year, against a target for large energy
 * operators.
 */
@H2Test
class EditableReportsTest {

    @Autowired
    ReportService reports;

    @Autowired
    TargetService targets;

    @Autowired
    PlanService plans;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    long assessment;
    String targetName;
    String action;

    @BeforeEach
    void targetAndPlanItem() {
        assessment = jdbc.queryForObject(
                """
                select a.id from assessment a join organization o on o.id = a.organization_id
                join campaign c on c.id = a.campaign_id where o.name = ? and c.name = ?""",
                Long.class,
                "Nordgrid Energy",
                "Baseline " + (LocalDate.now().getYear() - 1));
        targetName = "Large energy " + UUID.randomUUID();
        // the most specific target for a large energy operator, the newest among equals: this one
        As.user(
                "lead",
                Role.LEAD,
                () -> targets.create(new Target(
                        0,
                        targetName,
                        "cyber-resilience-baseline",
                        "1.0",
                        "energy",
                        "large",
                        Map.of("GOV", DomainTarget.level(3), "ASSET", DomainTarget.level(1)),
                        Map.of())));
        action = "Write the policy " + UUID.randomUUID();
        As.user(
                "coordinator",
                Role.ORG_ADMIN,
                () -> plans.add(
                        assessment,
                        new PlanItemForm(
                                "GOV.1.1",
                                action,
                                "respondent",
                                null,
                                LocalDate.now().plusMonths(2),
                                Priority.HIGH,
                                PlanStatus.IN_PROGRESS,
                                null)));
    }

    static void keep(String name, byte[] content) throws IOException {
        Path dir = Path.of("target", "reports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), content);
    }

    private static List<String> headings(XWPFDocument document, String style) {
        return document.getParagraphs().stream()
                .filter(p -> style.equals(p.getStyle()))
                .map(XWPFParagraph::getText)
                .toList();
    }

    private static XWPFTable tableWithHeader(XWPFDocument document, String first, String second) {
        return document.getTables().stream()
                .filter(t -> t.getRow(0).getCell(0).getText().equals(first)
                        && t.getRow(0).getCell(1).getText().equals(second))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no table with the header " + first + ", " + second));
    }

    private static List<String> cells(XWPFTableRow row) {
        return row.getTableCells().stream().map(c -> c.getText()).toList();
    }

    @Test
    void theCompanyReportInWordHasHeadingStylesTablesTheRadarTheGapAndThePlan() throws IOException {
        Report report =
                As.user("respondent", Role.RESPONDENT, () -> reports.companyDocx(assessment, null, Locale.ENGLISH));
        keep("company.docx", report.content());
        assertThat(report.fileName()).endsWith(".docx");
        assertThat(report.contentType()).isEqualTo(Report.DOCX);

        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(report.content()))) {
            // real heading styles: Word's navigation pane and table of contents see them
            assertThat(document.getStyles().getStyle("Heading1").getName()).isEqualTo("heading 1");
            assertThat(document.getStyles()
                            .getStyle("Heading1")
                            .getCTStyle()
                            .getPPr()
                            .getOutlineLvl()
                            .getVal()
                            .intValue())
                    .isZero();
            assertThat(headings(document, "Title")).containsExactly("Resilience assessment report");
            assertThat(headings(document, "Heading1"))
                    .containsSubsequence(
                            "Executive summary",
                            "Per domain",
                            "Gap to target: " + targetName,
                            "Next steps, most important first",
                            "Improvement plan",
                            "Appendix: every answer");
            assertThat(headings(document, "Heading2")).contains("Domains at a glance (score)");
            // the radar is a picture
            assertThat(document.getAllPictures()).hasSize(1);
            assertThat(document.getAllPictures().get(0).getPictureType()).isEqualTo(XWPFDocument.PICTURE_TYPE_PNG);
            // the gap: one row per domain; GOV at target MIL3 is missed, its closing practices listed
            XWPFTable gap = tableWithHeader(document, "Domain", "Target");
            assertThat(cells(gap.getRow(0)))
                    .containsExactly("Domain", "Target", "Now", "Gap", "Practices that close the gap");
            assertThat(gap.getRows()).hasSize(11);
            List<String> governance = cells(gap.getRow(1));
            assertThat(governance.get(0)).startsWith("GOV ");
            assertThat(governance.get(1)).startsWith("MIL3");
            assertThat(governance.get(3)).isIn("Reached", "Missing");
            if (governance.get(3).equals("Missing")) {
                assertThat(governance.get(4)).isNotBlank();
            }
            assertThat(cells(gap.getRow(3)).get(1)).isEqualTo("—"); // ACCESS has no target
            // the plan, with the item
            XWPFTable plan = tableWithHeader(document, "Practice", "Action");
            assertThat(plan.getRows().stream().map(EditableReportsTest::cells))
                    .anyMatch(row -> row.get(1).equals(action)
                            && row.get(0).startsWith("GOV.1.1")
                            && row.get(2).equals("respondent")
                            && row.get(5).equals("In progress"));
            // the header repeats on every page; the label is in the page header
            assertThat(plan.getRow(0).isRepeatHeader()).isTrue();
            assertThat(document.getHeaderList().get(0).getText()).contains("TLP:AMBER+STRICT");
        }
        assertThat(As.user("admin", Role.ADMIN, () -> audit.eventsOf("assessment", assessment)))
                .anyMatch(e ->
                        "EXPORT".equals(e.getAction()) && e.getDetail().startsWith("company-docx TLP:AMBER+STRICT"));
    }

    @Test
    void theWorkbookHasTargetAndPlanSheetsAndThePlanComesAloneInExcelAndWord() throws IOException {
        Report workbook =
                As.user("respondent", Role.RESPONDENT, () -> reports.companyWorkbook(assessment, null, Locale.ENGLISH));
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(workbook.content()))) {
            var target = book.getSheet("Target");
            assertThat(target.getRow(0).getCell(4).getStringCellValue()).isEqualTo("Practices that close the gap");
            assertThat(target.getRow(1).getCell(0).getStringCellValue()).startsWith("GOV");
            assertThat(book.getSheet("Plan").getRow(0).getCell(1).getStringCellValue())
                    .isEqualTo("Action");
        }

        Report planXlsx = As.user("coordinator", Role.ORG_ADMIN, () -> reports.planWorkbook(null, Locale.ENGLISH));
        keep("plan.xlsx", planXlsx.content());
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(planXlsx.content()))) {
            var sheet = book.getSheet("Plan");
            boolean found = false;
            for (int r = 1; r <= sheet.getLastRowNum(); r++) {
                if (sheet.getRow(r).getCell(1).getStringCellValue().equals(action)) {
                    found = true;
                    assertThat(sheet.getRow(r).getCell(4).getStringCellValue()).isEqualTo("High");
                }
            }
            assertThat(found).isTrue();
        }

        Report planDocx = As.user("respondent", Role.RESPONDENT, () -> reports.planDocx(null, Locale.FRENCH));
        keep("plan.docx", planDocx.content());
        try (XWPFDocument document = new XWPFDocument(new ByteArrayInputStream(planDocx.content()))) {
            assertThat(headings(document, "Title").get(0)).startsWith("Plan d'amélioration · Nordgrid Energy");
            XWPFTable plan = tableWithHeader(document, "Pratique", "Action");
            assertThat(plan.getRows().stream().map(EditableReportsTest::cells))
                    .anyMatch(row -> row.get(1).equals(action) && row.get(5).equals("En cours"));
        }
    }
}
