package eu.resilience.assessment.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.As;
import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.CampaignForm;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.audit.AuditLog;
import eu.resilience.assessment.organization.Organization;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import eu.resilience.assessment.questionnaire.Practice;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/** The company report and workbook of one assessment, read back: contents, safety of every text cell, tenancy, audit. */
@H2Test
class CompanyReportTest {

    @Autowired
    ReportService reports;

    @Autowired
    AssessmentService assessments;

    @Autowired
    CampaignService campaigns;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    private long lastYearsAssessmentOf(String organization) {
        return jdbc.queryForObject(
                """
                select a.id from assessment a join organization o on o.id = a.organization_id
                join campaign c on c.id = a.campaign_id where o.name = ? and c.name = ?""",
                Long.class,
                organization,
                lastYearsCampaign());
    }

    private static String lastYearsCampaign() {
        return "Baseline " + (LocalDate.now().getYear() - 1);
    }

    static String text(byte[] pdf) throws IOException {
        try (PDDocument document = Loader.loadPDF(pdf)) {
            return new PDFTextStripper().getText(document);
        }
    }

    static void keep(String name, byte[] content) throws IOException {
        Path dir = Path.of("target", "reports");
        Files.createDirectories(dir);
        Files.write(dir.resolve(name), content);
    }

    @Test
    void theCompanyReportShowsTheOrganizationCampaignLabelLevelsAndEveryAnswer() throws IOException {
        long assessment = lastYearsAssessmentOf("Nordgrid Energy");
        Report report =
                As.user("respondent", Role.RESPONDENT, () -> reports.companyPdf(assessment, null, Locale.ENGLISH));
        keep("company.pdf", report.content());
        assertThat(report.contentType()).isEqualTo("application/pdf");
        assertThat(report.fileName())
                .startsWith(
                        "nordgrid-energy_baseline-" + (java.time.LocalDate.now().getYear() - 1) + "_report_")
                .endsWith(java.time.LocalDate.now() + ".pdf");
        String text = text(report.content());
        var results = As.user("respondent", Role.RESPONDENT, () -> assessments.results(assessment));
        assertThat(text)
                .contains("Nordgrid Energy")
                .contains(lastYearsCampaign())
                .contains("TLP:AMBER+STRICT")
                .contains("Executive summary")
                .contains("Submitted on")
                .contains("Generated on")
                .doesNotContain("Not submitted yet")
                .contains("Group mean")
                .contains("Percentile")
                .contains("Appendix: every answer")
                .contains("Page 2 of");
        for (var domain : results.card().domains()) {
            assertThat(text).contains(domain.domain().id());
        }
        // every visible practice is in the appendix
        for (Practice practice : results.work().questionnaire().practices()) {
            if (!results.work().hiddenPractices().contains(practice.id())) {
                assertThat(text).contains(practice.id());
            }
        }
        try (PDDocument document = Loader.loadPDF(report.content())) {
            assertThat(document.getNumberOfPages()).isGreaterThan(3);
            assertThat(document.getDocumentInformation().getTitle()).contains("Nordgrid Energy");
        }
        var events = As.user("admin", Role.ADMIN, () -> audit.eventsOf("assessment", assessment));
        assertThat(events).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("EXPORT");
            assertThat(e.getUsername()).isEqualTo("respondent");
            assertThat(e.getDetail()).contains("company-pdf");
        });
    }

    @Test
    void theCompanyReportIsATaggedPdfInItsLanguageWithHeadingsAndAFigureWithItsText() throws IOException {
        long assessment = lastYearsAssessmentOf("Nordgrid Energy");

        TaggedStructure english = TaggedStructure.of(
                As.user("respondent", Role.RESPONDENT, () -> reports.companyPdf(assessment, null, Locale.ENGLISH))
                        .content());
        TaggedStructure french = TaggedStructure.of(
                As.user("respondent", Role.RESPONDENT, () -> reports.companyPdf(assessment, null, Locale.FRENCH))
                        .content());

        assertThat(english.language()).isEqualTo("en");
        assertThat(french.language()).isEqualTo("fr");
        assertThat(english.marked()).isTrue();
        assertThat(english.displaysTitle()).isTrue();
        assertThat(english.elements().get(0)).isEqualTo("Document");
        // one title, then the sections and the appendix's domains
        assertThat(english.elements()).containsOnlyOnce("H1");
        assertThat(english.elements().stream().filter("H2"::equals)).hasSizeGreaterThanOrEqualTo(4);
        assertThat(english.elements().indexOf("H1"))
                .isLessThan(english.elements().indexOf("H2"));
        assertThat(english.elements()).contains("P", "Div", "H3");
        assertThat(english.elements())
                .contains("Figure: Domains at a glance (score) (chart; its figures are in the table next to it)");
        assertThat(french.elements()).anyMatch(e -> e.startsWith("Figure: Les domaines en un coup d'œil"));
    }

    @Test
    void theFrenchReportHasFrenchTextsAndTheChosenLabel() throws IOException {
        long assessment = lastYearsAssessmentOf("Nordgrid Energy");
        Report report =
                As.user("coordinator", Role.ORG_ADMIN, () -> reports.companyPdf(assessment, Tlp.GREEN, Locale.FRENCH));
        keep("company-fr.pdf", report.content());
        assertThat(text(report.content()))
                .contains("Rapport d'évaluation de la résilience")
                .contains("Synthèse")
                .contains("Moyenne du groupe")
                .contains("TLP:GREEN")
                .doesNotContain("TLP:AMBER");
    }

    @Test
    void theGermanReportHasGermanTextsOfTheApplicationAndOfTheQuestionnaire() throws IOException {
        long assessment = lastYearsAssessmentOf("Nordgrid Energy");
        Report report =
                As.user("coordinator", Role.ORG_ADMIN, () -> reports.companyPdf(assessment, Tlp.GREEN, Locale.GERMAN));
        keep("company-de.pdf", report.content());
        // words as read, whatever the lines they wrap over
        assertThat(text(report.content()).replaceAll("\\s+", " "))
                .contains("Bericht zur Resilienz-")
                .contains("Zusammenfassung für die Leitung")
                .contains("(Vergleichsgruppe: Ihr Sektor)")
                .contains("Anhang: alle Antworten")
                .contains("Weitgehend umgesetzt")
                .doesNotContain("Executive summary")
                .doesNotContain("Largely implemented");
    }

    @Test
    void theCompanyWorkbookHasItsSheetsFrozenHeadersFiltersAChartAndTheFigures() throws IOException {
        long assessment = lastYearsAssessmentOf("Nordgrid Energy");
        Report report =
                As.user("respondent", Role.RESPONDENT, () -> reports.companyWorkbook(assessment, null, Locale.ENGLISH));
        keep("company.xlsx", report.content());
        var results = As.user("respondent", Role.RESPONDENT, () -> assessments.results(assessment));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.content()))) {
            assertThat(List.of(
                            workbook.getSheetName(0),
                            workbook.getSheetName(1),
                            workbook.getSheetName(2),
                            workbook.getSheetName(3)))
                    .containsExactly("Summary", "Domains", "Answers", "Benchmark");
            for (int i = 0; i < 4; i++) {
                XSSFSheet sheet = workbook.getSheetAt(i);
                assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
                assertThat(sheet.getPaneInformation().getHorizontalSplitPosition())
                        .isEqualTo((short) 1);
            }
            XSSFSheet summary = workbook.getSheet("Summary");
            assertThat(summary.getRow(1).getCell(1).getStringCellValue()).isEqualTo("Nordgrid Energy");
            assertThat(summary.getRow(2).getCell(1).getStringCellValue()).isEqualTo(lastYearsCampaign());
            assertThat(summary.getRow(5).getCell(0).getStringCellValue()).isEqualTo("Submitted on");
            assertThat(summary.getRow(5).getCell(1).getStringCellValue()).isNotEqualTo("Not submitted yet");
            assertThat(summary.getRow(6).getCell(0).getStringCellValue()).isEqualTo("Generated on");
            assertThat(summary.getRow(7).getCell(1).getStringCellValue()).isEqualTo("TLP:AMBER+STRICT");
            // figures are numbers with formats, rounded as on the screens
            org.apache.poi.ss.usermodel.Cell score = summary.getRow(9).getCell(1);
            assertThat(summary.getRow(9).getCell(0).getStringCellValue()).isEqualTo("Score");
            assertThat(score.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(score.getCellStyle().getDataFormatString()).isEqualTo("0.0");
            assertThat(score.getNumericCellValue())
                    .isEqualTo(eu.resilience.assessment.text.Formats.rounded(
                            results.card().overall().score(), 1));
            org.apache.poi.ss.usermodel.Cell completeness = summary.getRow(10).getCell(1);
            assertThat(completeness.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.NUMERIC);
            assertThat(completeness.getCellStyle().getDataFormatString()).isEqualTo("0%");
            org.apache.poi.ss.usermodel.Cell percentile = summary.getRow(11).getCell(1);
            assertThat(summary.getRow(11).getCell(0).getStringCellValue()).isEqualTo("Percentile (overall score)");
            assertThat(percentile.getCellStyle().getDataFormatString()).isEqualTo("0");
            assertThat(percentile.getNumericCellValue() % 1).isZero();

            XSSFSheet domains = workbook.getSheet("Domains");
            assertThat(domains.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(domains.getDrawingPatriarch().getCharts()).hasSize(1);
            // the own score beside the group's mean
            var chartSeries = domains.getDrawingPatriarch()
                    .getCharts()
                    .get(0)
                    .getChartSeries()
                    .get(0)
                    .getSeriesCount();
            assertThat(chartSeries).isEqualTo(2);
            var first = results.card().domains().get(0);
            assertThat(domains.getRow(1).getCell(0).getStringCellValue())
                    .isEqualTo(first.domain().id());
            assertThat(domains.getRow(1).getCell(3).getNumericCellValue())
                    .isCloseTo(first.rating().score(), org.assertj.core.data.Offset.offset(1e-9));
            assertThat(domains.getLastRowNum())
                    .isEqualTo(results.card().domains().size());

            XSSFSheet answers = workbook.getSheet("Answers");
            assertThat(answers.getCTWorksheet().isSetAutoFilter()).isTrue();
            int visible = (int) results.work().questionnaire().practices().stream()
                    .filter(p -> !results.work().hiddenPractices().contains(p.id()))
                    .count();
            assertThat(answers.getLastRowNum()).isEqualTo(visible);

            XSSFSheet benchmark = workbook.getSheet("Benchmark");
            assertThat(benchmark.getCTWorksheet().isSetAutoFilter()).isTrue();
            assertThat(benchmark.getRow(1).getCell(0).getStringCellValue()).isEqualTo("your sector");
            // operators see groups of at least 2k (k = 5), their mean, and no quantile
            assertThat(benchmark.getRow(1).getCell(2).getNumericCellValue()).isGreaterThanOrEqualTo(10);
            assertThat(benchmark.getRow(0).getLastCellNum()).isEqualTo((short) 5);
            for (var cell : benchmark.getRow(0)) {
                assertThat(cell.getStringCellValue()).doesNotContain("quartile").doesNotContain("Median");
            }

            // by framework: every referenced id with its practices and their answers, e.g. NIS2 Art. 21(2)(a)
            XSSFSheet byFramework = workbook.getSheet("By framework");
            assertThat(byFramework).isNotNull();
            var coverage = results.work().byFramework();
            int rows = coverage.stream()
                    .flatMap(f -> f.points().stream())
                    .mapToInt(p -> p.practices().size())
                    .sum();
            assertThat(byFramework.getLastRowNum()).isEqualTo(rows);
            boolean gov = false;
            for (int r = 1; r <= byFramework.getLastRowNum(); r++) {
                var row = byFramework.getRow(r);
                if (row.getCell(0).getStringCellValue().equals("NIS2 Art.")
                        && row.getCell(1).getStringCellValue().equals("21(2)(a)")
                        && row.getCell(4).getStringCellValue().equals("GOV.1.1")) {
                    gov = true;
                    String option = results.work().answers().get("GOV.1.1").optionId();
                    assertThat(row.getCell(5).getStringCellValue())
                            .isEqualTo(results.work()
                                    .questionnaire()
                                    .practice("GOV.1.1")
                                    .orElseThrow()
                                    .scale()
                                    .option(option)
                                    .orElseThrow()
                                    .label()
                                    .in(Locale.ENGLISH));
                }
            }
            assertThat(gov).as("NIS2 21(2)(a) lists GOV.1.1").isTrue();
        }
    }

    @Test
    void hostileAnswersAreWrittenAsInertStrings() throws IOException {
        long nordgrid = organizations
                .findByName("Nordgrid Energy")
                .map(Organization::getId)
                .orElseThrow();
        long campaign = As.user(
                "lead",
                Role.LEAD,
                () -> campaigns.create(new CampaignForm(
                        "=HYPERLINK(\"http://evil.example\",\"x\") " + UUID.randomUUID(),
                        "quick-check",
                        "1.0",
                        LocalDate.now(),
                        LocalDate.now().plusDays(5),
                        Set.of(nordgrid),
                        false)));
        long assessment = As.user("lead", Role.LEAD, () -> campaigns.participation(campaign))
                .get(0)
                .assessmentId();
        List<String> hostile =
                List.of("=HYPERLINK(\"http://evil.example\",\"click\")", "+1", "-1", "@SUM(1)", "\t=1", "\r=1+1");
        List<Practice> practices = As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment))
                .questionnaire()
                .practices()
                .subList(0, hostile.size());
        As.user("respondent", Role.RESPONDENT, () -> {
            for (int i = 0; i < hostile.size(); i++) {
                assessments.saveAnswer(
                        assessment,
                        practices.get(i).id(),
                        AnswerInput.empty()
                                .withOption(practices
                                        .get(i)
                                        .scale()
                                        .options()
                                        .get(0)
                                        .id())
                                .withComment(hostile.get(i))
                                .withEvidence(hostile.get(i), true),
                        -1);
            }
        });
        Report report =
                As.user("respondent", Role.RESPONDENT, () -> reports.companyWorkbook(assessment, null, Locale.ENGLISH));
        keep("hostile.xlsx", report.content());
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.content()))) {
            XSSFSheet answers = workbook.getSheet("Answers");
            List<String> comments = new ArrayList<>();
            for (int r = 1; r <= hostile.size(); r++) {
                Row row = answers.getRow(r);
                for (int column : new int[] {5, 7}) {
                    Cell cell = row.getCell(column);
                    assertThat(cell.getCellType()).isEqualTo(CellType.STRING);
                    assertThat(cell.getCellStyle().getQuotePrefixed()).isTrue();
                }
                comments.add(row.getCell(5).getStringCellValue());
            }
            assertThat(comments).containsExactlyElementsOf(hostile);
            Cell campaignName = workbook.getSheet("Summary").getRow(2).getCell(1);
            assertThat(campaignName.getCellType()).isEqualTo(CellType.STRING);
            assertThat(campaignName.getCellStyle().getQuotePrefixed()).isTrue();
            assertThat(campaignName.getStringCellValue()).startsWith("=HYPERLINK(");
            // no formula anywhere in the workbook
            workbook.forEach(sheet -> sheet.forEach(
                    row -> row.forEach(cell -> assertThat(cell.getCellType()).isNotEqualTo(CellType.FORMULA))));
        }
        // and the PDF shows them as typed
        Report pdf = As.user("respondent", Role.RESPONDENT, () -> reports.companyPdf(assessment, null, Locale.ENGLISH));
        assertThat(text(pdf.content())).contains("@SUM(1)").contains("=HYPERLINK(");
    }

    @Test
    void anotherOrganizationGetsNotFoundAndALeadIsDenied() {
        long assessment = lastYearsAssessmentOf("Nordgrid Energy");
        assertThatThrownBy(() ->
                        As.user("clinique", Role.ORG_ADMIN, () -> reports.companyPdf(assessment, null, Locale.ENGLISH)))
                .isInstanceOf(AssessmentException.NotFound.class);
        assertThatThrownBy(() -> As.user(
                        "clinique", Role.ORG_ADMIN, () -> reports.companyWorkbook(assessment, null, Locale.ENGLISH)))
                .isInstanceOf(AssessmentException.NotFound.class);
        assertThatThrownBy(() -> As.user("lead", Role.LEAD, () -> reports.companyPdf(assessment, null, Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() ->
                        As.user("lead", Role.LEAD, () -> reports.companyWorkbook(assessment, null, Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(
                        () -> As.user("admin", Role.ADMIN, () -> reports.companyPdf(assessment, null, Locale.ENGLISH)))
                .isInstanceOf(AccessDeniedException.class);
    }
}
