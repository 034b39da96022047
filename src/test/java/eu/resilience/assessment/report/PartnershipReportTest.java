package eu.resilience.assessment.report;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.As;
import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.audit.AuditLog;
import eu.resilience.assessment.benchmark.BenchmarkService;
import eu.resilience.assessment.benchmark.Heatmap;
import eu.resilience.assessment.benchmark.SliceReport;
import eu.resilience.assessment.organization.Role;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

/**
 * The partnership benchmark report and workbook of a campaign: what the benchmark service shows, and nothing of the
 * suppressed "space" sector (2 organizations, below k).
 */
@H2Test
class PartnershipReportTest {

    @Autowired
    ReportService reports;

    @Autowired
    BenchmarkService benchmarks;

    @Autowired
    AuditLog audit;

    @Autowired
    JdbcTemplate jdbc;

    private long lastYearsCampaign() {
        return jdbc.queryForObject(
                "select id from campaign where name = ?",
                Long.class,
                "Baseline " + (LocalDate.now().getYear() - 1));
    }

    /** The latest benchmark release of last year's campaign (the demo publishes one). */
    private long lastYearsRelease() {
        var releases = As.user("lead", Role.LEAD, () -> benchmarks.releases(lastYearsCampaign()));
        return releases.get(releases.size() - 1).id();
    }

    @Test
    void thePdfShowsParticipationHeatmapDistributionAndTrendWithTheSmallSectorHidden() throws IOException {
        long campaign = lastYearsCampaign();
        long release = lastYearsRelease();
        Report report = As.user("lead", Role.LEAD, () -> reports.partnershipPdf(release, null, Locale.ENGLISH));
        CompanyReportTest.keep("benchmark.pdf", report.content());
        String text = CompanyReportTest.text(report.content());
        Heatmap heatmap = As.user("lead", Role.LEAD, () -> benchmarks.heatmap(release));
        SliceReport space = heatmap.sectors().get("space");
        assertThat(space.isShown()).isFalse();
        assertThat(text)
                .contains("Partnership benchmark report")
                .contains("TLP:AMBER")
                .doesNotContain("TLP:AMBER+STRICT")
                .contains("Participation")
                .contains("Sectors and domains (mean score)")
                .contains("Colour scale (mean score)")
                .contains("Release " + heatmap.release().number() + ", published on")
                .contains("Distribution per domain")
                .contains("Trend across campaigns")
                .contains("Space: Hidden: fewer than 5 organizations.");
        // the distribution's page holds its chart and the figures of every domain, not three rows of them
        try (var document = org.apache.pdfbox.Loader.loadPDF(report.content())) {
            var stripper = new org.apache.pdfbox.text.PDFTextStripper();
            String distributionPage = null;
            for (int page = 1; page <= document.getNumberOfPages(); page++) {
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                String onPage = stripper.getText(document);
                if (onPage.contains("Distribution per domain")) {
                    distributionPage = onPage;
                }
            }
            assertThat(distributionPage).isNotNull();
            for (String domain : heatmap.domainIds()) {
                assertThat(distributionPage).as(domain).contains(domain + " ");
            }
        }
        // the space row: its name, its size, and "hidden" in every cell, no figure
        String spaceLine = text.lines()
                .filter(l -> l.startsWith("Space ") && l.contains("hidden"))
                .findFirst()
                .orElseThrow();
        assertThat(spaceLine.replace("Space", "").replace("hidden", "").strip()).isEqualTo(String.valueOf(space.n()));
        var events = As.user("admin", Role.ADMIN, () -> audit.eventsOf("campaign", campaign));
        assertThat(events).anySatisfy(e -> {
            assertThat(e.getAction()).isEqualTo("EXPORT");
            assertThat(e.getUsername()).isEqualTo("lead");
            assertThat(e.getDetail()).contains("benchmark-pdf");
        });
    }

    @Test
    void thePartnershipReportIsATaggedPdfWithHeadingsAndItsChartsAlternativeTexts() throws IOException {
        long release = lastYearsRelease();

        TaggedStructure report = TaggedStructure.of(
                As.user("lead", Role.LEAD, () -> reports.partnershipPdf(release, null, Locale.FRENCH))
                        .content());

        assertThat(report.language()).isEqualTo("fr");
        assertThat(report.marked()).isTrue();
        assertThat(report.elements()).containsOnlyOnce("H1").contains("H2", "P", "Div");
        assertThat(report.elements().stream().filter(e -> e.startsWith("Figure: ")))
                .containsExactly(
                        "Figure: Distribution par domaine (tous les participants) (graphique ; ses chiffres sont dans"
                                + " le tableau à côté)",
                        "Figure: Évolution d'une campagne à l'autre (tous les participants, score global) (graphique ;"
                                + " ses chiffres sont dans le tableau à côté)");
    }

    @Test
    void theWorkbookMarksTheSmallSectorHiddenAndHasNoFigureOfIt() throws IOException {
        long release = lastYearsRelease();
        Report report = As.user("lead", Role.LEAD, () -> reports.partnershipWorkbook(release, null, Locale.ENGLISH));
        CompanyReportTest.keep("benchmark.xlsx", report.content());
        Heatmap heatmap = As.user("lead", Role.LEAD, () -> benchmarks.heatmap(release));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(report.content()))) {
            assertThat(List.of(
                            workbook.getSheetName(0),
                            workbook.getSheetName(1),
                            workbook.getSheetName(2),
                            workbook.getSheetName(3),
                            workbook.getSheetName(4),
                            workbook.getSheetName(5)))
                    .containsExactly("Participation", "Heatmap", "Distribution", "Levels", "Trend", "About");
            // native charts of participation and of the distribution per domain
            assertThat(workbook.getSheet("Participation").getDrawingPatriarch().getCharts())
                    .hasSize(1);
            assertThat(workbook.getSheet("Distribution").getDrawingPatriarch().getCharts())
                    .hasSize(1);
            // the heatmap coloured by a colour scale over the means
            var formatting = workbook.getSheet("Heatmap").getSheetConditionalFormatting();
            assertThat(formatting.getNumConditionalFormattings()).isEqualTo(1);
            assertThat(formatting.getConditionalFormattingAt(0).getRule(0).getColorScaleFormatting())
                    .isNotNull();
            // the level distribution per domain, levels named in the questionnaire's words
            XSSFSheet levels = workbook.getSheet("Levels");
            List<String> levelHeaders = new ArrayList<>();
            levels.getRow(0).forEach(cell -> levelHeaders.add(cell.getStringCellValue()));
            assertThat(levelHeaders).contains("MIL1 Initiated").noneMatch(h -> h.matches("L\\d"));
            assertThat(levels.getRow(1).getCell(0).getStringCellValue()).startsWith("GOV");
            int counted = 0;
            for (int c = 2; c < levelHeaders.size() - 1; c++) {
                counted += (int) levels.getRow(1).getCell(c).getNumericCellValue();
            }
            assertThat(counted).isEqualTo((int) levels.getRow(1).getCell(1).getNumericCellValue());
            assertThat(workbook.getSheet("About").getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Release " + heatmap.release().number());
            XSSFSheet distribution = workbook.getSheet("Distribution");
            assertThat(distribution.getRow(0).getCell(2).getStringCellValue()).isEqualTo("10th percentile");
            assertThat(distribution.getRow(0).getCell(6).getStringCellValue()).isEqualTo("90th percentile");
            XSSFSheet sheet = workbook.getSheet("Heatmap");
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            Row space = null;
            Row energy = null;
            for (Row row : sheet) {
                String name = row.getCell(0).getStringCellValue();
                if (name.equals("Space")) {
                    space = row;
                } else if (name.equals("Energy")) {
                    energy = row;
                }
            }
            assertThat(space).isNotNull();
            assertThat(energy).isNotNull();
            List<String> spaceCells = new ArrayList<>();
            for (int c = 2; c < space.getLastCellNum(); c++) {
                assertThat(space.getCell(c).getCellType()).isEqualTo(CellType.STRING);
                spaceCells.add(space.getCell(c).getStringCellValue());
            }
            assertThat(spaceCells).contains("hidden").last().asString().contains("fewer than 5");
            SliceReport energyFigures = heatmap.sectors().get("energy");
            assertThat(energy.getCell(2 + heatmap.domainIds().size()).getNumericCellValue())
                    .isEqualTo(energyFigures.overall().mean());
        }
    }

    @Autowired
    eu.resilience.assessment.assessment.CampaignService campaigns;

    @Test
    void theFullDataExportHasTheFinalReleasesRecordsUnderFreshPseudonymsAndNamesOnlyWithConsent() throws IOException {
        long campaign = lastYearsCampaign();
        var out = new java.io.ByteArrayOutputStream();
        List<Long> progress = new ArrayList<>();
        long rows = As.user("lead", Role.LEAD, () -> reports.dataExport(campaign, Locale.ENGLISH, out, progress::add));
        long expected = As.user("lead", Role.LEAD, () -> reports.dataExportSize(campaign));
        assertThat(rows).isLessThanOrEqualTo(expected).isGreaterThan(1_000);
        assertThat(progress).last().isEqualTo(rows);
        assertThat(progress.size()).isGreaterThan(1);
        var participants = As.user("lead", Role.LEAD, () -> campaigns.participation(campaign));
        java.util.Set<String> names = new java.util.HashSet<>();
        participants.forEach(p -> names.add(p.organizationName()));
        java.util.Set<String> consenting = new java.util.HashSet<>();
        As.user("lead", Role.LEAD, () -> benchmarks.namedResults(lastYearsRelease()))
                .forEach(r -> consenting.add(r.organizationName()));
        try (XSSFWorkbook workbook = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
            XSSFSheet sheet = workbook.getSheetAt(0);
            assertThat(sheet.getLastRowNum()).isEqualTo((int) rows);
            assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
            assertThat(sheet.getCTWorksheet().isSetAutoFilter()).isTrue();
            java.util.Set<String> codes = new java.util.HashSet<>();
            for (Row row : sheet) {
                if (row.getRowNum() == 0) {
                    continue;
                }
                String code = row.getCell(0).getStringCellValue();
                assertThat(code).matches("R-[0-9a-f]{10}");
                codes.add(code);
                String name = row.getCell(1).getStringCellValue();
                assertThat(name).matches(n -> n.isEmpty() || consenting.contains(n), "empty or consenting");
                for (int c : new int[] {0, 2, 3, 4, 5, 6, 7, 8, 9, 10}) {
                    var cell = row.getCell(c);
                    if (cell != null && cell.getCellType() == CellType.STRING) {
                        assertThat(names).doesNotContain(cell.getStringCellValue());
                    }
                }
            }
            // readable labels beside the codes: sector, domain, practice, level, option and its value
            List<String> headers = new ArrayList<>();
            sheet.getRow(0).forEach(cell -> headers.add(cell.getStringCellValue()));
            assertThat(headers)
                    .containsExactly(
                            "Organization code",
                            "Organization",
                            "Sector code",
                            "Sector",
                            "Domain",
                            "Domain title",
                            "Practice",
                            "Practice text",
                            "Practice level",
                            "Option code",
                            "Answer",
                            "Answer value (0-1)",
                            "Not applicable",
                            "Evidence available",
                            "Flagged for review");
            Row answered = null;
            for (Row row : sheet) {
                if (row.getRowNum() > 0 && row.getCell(11) != null) {
                    answered = row;
                    break;
                }
            }
            assertThat(answered).isNotNull();
            assertThat(answered.getCell(3).getStringCellValue())
                    .isNotBlank()
                    .isNotEqualTo(answered.getCell(2).getStringCellValue());
            assertThat(answered.getCell(6).getStringCellValue())
                    .startsWith(answered.getCell(4).getStringCellValue() + ".");
            assertThat(answered.getCell(7).getStringCellValue()).hasSizeGreaterThan(10);
            assertThat(answered.getCell(8).getStringCellValue()).matches("MIL[123] .+");
            assertThat(answered.getCell(10).getStringCellValue()).isNotBlank();
            assertThat(answered.getCell(11).getNumericCellValue()).isBetween(0.0, 1.0);
            long submitted = participants.stream()
                    .filter(p -> p.status() == eu.resilience.assessment.assessment.AssessmentStatus.SUBMITTED)
                    .count();
            var microdata = As.user("lead", Role.LEAD, () -> benchmarks.microdata(campaign));
            assertThat(codes).hasSize(microdata.records().size());
            assertThat(microdata.records().size() + microdata.leftOutChanged() + microdata.leftOutSmallGroups())
                    .isEqualTo((int) submitted);
            assertThat(workbook.getSheet("About").getRow(0).getCell(0).getStringCellValue())
                    .startsWith("Records of release");
        }
        var events = As.user("admin", Role.ADMIN, () -> audit.eventsOf("campaign", campaign));
        assertThat(events).anySatisfy(e -> assertThat(e.getDetail()).startsWith("data-xlsx " + rows + " rows"));
        assertThatThrownBy(() -> As.user(
                        "coordinator",
                        Role.ORG_ADMIN,
                        () -> reports.dataExport(
                                campaign, Locale.ENGLISH, new java.io.ByteArrayOutputStream(), n -> {})))
                .isInstanceOf(AccessDeniedException.class);
    }

    @Test
    void onlyLeadsGetPartnershipReports() {
        long campaign = lastYearsRelease();
        for (Role role : List.of(Role.RESPONDENT, Role.ORG_ADMIN, Role.ADMIN)) {
            String user = role == Role.RESPONDENT ? "respondent" : role == Role.ORG_ADMIN ? "coordinator" : "admin";
            assertThatThrownBy(() -> As.user(user, role, () -> reports.partnershipPdf(campaign, null, Locale.ENGLISH)))
                    .isInstanceOf(AccessDeniedException.class);
            assertThatThrownBy(() ->
                            As.user(user, role, () -> reports.partnershipWorkbook(campaign, null, Locale.ENGLISH)))
                    .isInstanceOf(AccessDeniedException.class);
        }
        assertThatThrownBy(() -> As.user("lead", Role.LEAD, () -> reports.partnershipPdf(987_654_321L, null, null)))
                .isInstanceOf(ReportException.NotFound.class);
    }
}
