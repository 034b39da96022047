package eu.resilience.assessment.exchange;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.As;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.AssessmentWork;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.TestCampaigns;
import eu.resilience.assessment.audit.AuditEvent;
import eu.resilience.assessment.audit.AuditLog;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import eu.resilience.assessment.questionnaire.Practice;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Answering offline against a real database, as the demo users: download the workbook, fill it with POI as a person
 * would in Excel (French labels too), upload, preview (nothing written), apply (all or nothing, audited), conflicts with
 * the screen, row problems and visibility conditions. Run on H2 and PostgreSQL.
 */
abstract class ExchangeContract {

    static final String BASELINE = "cyber-resilience-baseline";

    @Autowired
    ExchangeService exchange;

    @Autowired
    AssessmentService assessments;

    @Autowired
    CampaignService campaigns;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    AuditLog audit;

    long assessment;

    @BeforeEach
    void freshBaseline() {
        assessment = TestCampaigns.openAssessment(campaigns, organizations, "Nordgrid Energy", BASELINE);
    }

    AssessmentWork open() {
        return As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment));
    }

    byte[] download(Locale locale) {
        return As.user("respondent", Role.RESPONDENT, () -> exchange.answeringWorkbook(assessment, locale))
                .content();
    }

    Preview preview(byte[] file, Locale locale) {
        return As.user("respondent", Role.RESPONDENT, () -> exchange.preview(assessment, "answers.xlsx", file, locale));
    }

    List<AnswerState> apply(Preview preview, Set<String> takeFromFile) {
        return As.user("respondent2", Role.RESPONDENT, () -> exchange.apply(preview, takeFromFile));
    }

    AnswerState saveOnScreen(String practiceId, AnswerInput input) {
        AnswerState current = open().answers().get(practiceId);
        return As.user(
                "respondent2",
                Role.RESPONDENT,
                () -> assessments.saveAnswer(assessment, practiceId, input, current == null ? -1 : current.revision()));
    }

    Practice firstPractice(boolean naAllowed) {
        AssessmentWork work = open();
        return work.questionnaire().practices().stream()
                .filter(p -> p.naAllowed() == naAllowed && p.visibleWhen() == null)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aWorkbookFilledInFrenchRoundTripsToTheScreensAnswers() throws Exception {
        saveOnScreen("GOV.1.1", AnswerInput.empty().withOption("partially").withComment("on screen"));
        byte[] file = download(Locale.FRENCH);
        AssessmentWork before = open();
        Practice na = firstPractice(true);
        List<String> rows;
        try (Filler filler = new Filler(file)) {
            rows = filler.practiceIds();
            assertThat(filler.sheet.getSheetName()).isEqualTo("Réponses");
            assertThat(filler.text("GOV.1.1", Filler.ANSWER)).isEqualTo("Partiellement mis en œuvre");
            assertThat(filler.text("GOV.1.1", Filler.COMMENT)).isEqualTo("on screen");
            for (String id : rows) {
                filler.set(id, Filler.ANSWER, "Largement mis en œuvre");
            }
            filler.set(na.id(), Filler.ANSWER, "Sans objet (N/A)")
                    .set(na.id(), Filler.NA_JUSTIFICATION, "pas de SCADA")
                    .set("GOV.1.1", Filler.COMMENT, "=revu en comité")
                    .set("GOV.1.1", Filler.EVIDENCE_NOTE, "procès-verbal 2026-03")
                    .set("GOV.1.1", Filler.EVIDENCE, "Oui")
                    .set("GOV.1.1", Filler.FLAG, "Oui");
            file = filler.bytes();
        }
        // every practice visible to the organization has its row, in questionnaire order
        assertThat(rows)
                .containsAll(before.questionnaire().practices().stream()
                        .map(Practice::id)
                        .filter(id -> !before.hiddenPractices().contains(id))
                        .toList());

        Preview preview = preview(file, Locale.FRENCH);

        assertThat(preview.problems()).isEmpty();
        assertThat(preview.conflicts()).isEmpty();
        assertThat(preview.changes()).hasSize(rows.size());
        Preview.Change gov = preview.changes().stream()
                .filter(c -> c.practiceId().equals("GOV.1.1"))
                .findFirst()
                .orElseThrow();
        assertThat(gov.before()).startsWith("Partiellement mis en œuvre");
        assertThat(gov.after()).startsWith("Largement mis en œuvre");
        assertThat(open().answers()).isEqualTo(before.answers()); // the preview wrote nothing

        List<AnswerState> saved = apply(preview, Set.of());

        assertThat(saved).hasSize(rows.size());
        Map<String, AnswerState> after = open().answers();
        assertThat(after.get("GOV.1.1").optionId()).isEqualTo("largely");
        assertThat(after.get("GOV.1.1").comment()).isEqualTo("=revu en comité");
        assertThat(after.get("GOV.1.1").evidenceNote()).isEqualTo("procès-verbal 2026-03");
        assertThat(after.get("GOV.1.1").evidenceAvailable()).isTrue();
        assertThat(after.get("GOV.1.1").flagged()).isTrue();
        assertThat(after.get(na.id()).notApplicable()).isTrue();
        assertThat(after.get(na.id()).naJustification()).isEqualTo("pas de SCADA");
        assertThat(after.get(na.id()).updatedBy()).isEqualTo("respondent2");
        // a second download shows the screen's state, and uploading it again changes nothing
        byte[] again = download(Locale.ENGLISH);
        try (Filler filler = new Filler(again)) {
            assertThat(filler.text("GOV.1.1", Filler.ANSWER)).isEqualTo("Largely implemented");
            assertThat(filler.text(na.id(), Filler.ANSWER)).isEqualTo("Not applicable (N/A)");
        }
        Preview unchanged = preview(again, Locale.ENGLISH);
        assertThat(unchanged.changes()).isEmpty();
        assertThat(unchanged.unchanged()).isEqualTo(rows.size());
        List<AuditEvent> events = As.user("admin", Role.ADMIN, () -> audit.eventsOf("assessment", assessment));
        assertThat(events)
                .filteredOn(e -> e.getAction().equals("ANSWER_CHANGED")
                        && e.getDetail().equals("GOV.1.1 " + ExchangeService.VIA_UPLOAD))
                .singleElement()
                .satisfies(e -> {
                    assertThat(e.getOldValue()).startsWith("partially");
                    assertThat(e.getNewValue()).startsWith("largely");
                    assertThat(e.getUsername()).isEqualTo("respondent2");
                });
    }

    @Test
    void theWorkbookLocksAllButTheAnswersOffersNaOnlyWhereAllowedAndHidesItsReferences() throws Exception {
        saveOnScreen("GOV.1.1", AnswerInput.empty().withOption("fully"));
        Practice na = firstPractice(true);
        try (Filler filler = new Filler(download(Locale.ENGLISH))) {
            var sheet = (org.apache.poi.xssf.usermodel.XSSFSheet) filler.sheet;
            var meta = filler.workbook.getSheet("meta");
            assertThat(sheet.getProtect()).isTrue();
            assertThat(meta.getProtect()).isTrue();
            assertThat(filler.workbook.getSheetVisibility(1))
                    .isEqualTo(org.apache.poi.ss.usermodel.SheetVisibility.VERY_HIDDEN);
            assertThat(filler.workbook.isStructureLocked()).isTrue();
            // under a password nobody knows, stored as Excel stores one: SHA-512 of the salted password
            var lock = filler.workbook.getCTWorkbook().getWorkbookProtection();
            assertThat(lock.getWorkbookAlgorithmName()).isEqualTo("SHA-512");
            assertThat(lock.getWorkbookSaltValue()).hasSize(16);
            assertThat(lock.getWorkbookHashValue()).hasSize(64);
            assertThat(filler.workbook.validateWorkbookPassword("")).isFalse();
            var gov = filler.row("GOV.1.1");
            assertThat(gov.getCell(1).getCellStyle().getLocked()).isTrue();
            assertThat(gov.getCell(1).getCellComment().getString().getString()).isNotBlank(); // the guidance
            for (int column = Filler.ANSWER; column <= Filler.FLAG; column++) {
                assertThat(gov.getCell(column).getCellStyle().getLocked()).isFalse();
            }
            assertThat(dropdown(filler, "GOV.1.1"))
                    .containsExactly(
                            "Fully implemented", "Largely implemented", "Partially implemented", "Not implemented");
            assertThat(dropdown(filler, na.id()))
                    .endsWith("Not applicable (N/A)")
                    .hasSize(5);
            // the revision of each answer when the file was made
            long revision = open().answers().get("GOV.1.1").revision();
            boolean found = false;
            for (var row : meta) {
                if (row.getCell(0) != null && "GOV.1.1".equals(row.getCell(0).toString())) {
                    assertThat((long) row.getCell(2).getNumericCellValue()).isEqualTo(revision);
                    assertThat((int) row.getCell(1).getNumericCellValue()).isEqualTo(gov.getRowNum());
                    found = true;
                }
            }
            assertThat(found).isTrue();
        }
    }

    /** The labels the answer cell of a practice offers, read from the list its data validation refers to. */
    static List<String> dropdown(Filler filler, String practiceId) {
        int row = filler.row(practiceId).getRowNum();
        var sheet = (org.apache.poi.xssf.usermodel.XSSFSheet) filler.sheet;
        for (var validation : sheet.getDataValidations()) {
            for (var region : validation.getRegions().getCellRangeAddresses()) {
                if (region.isInRange(row, Filler.ANSWER)) {
                    var area = new org.apache.poi.ss.util.AreaReference(
                            validation.getValidationConstraint().getFormula1(),
                            org.apache.poi.ss.SpreadsheetVersion.EXCEL2007);
                    var meta = filler.workbook.getSheet(area.getFirstCell().getSheetName());
                    return java.util.Arrays.stream(area.getAllReferencedCells())
                            .map(ref -> meta.getRow(ref.getRow())
                                    .getCell(ref.getCol())
                                    .getStringCellValue())
                            .toList();
                }
            }
        }
        throw new AssertionError("no dropdown for " + practiceId);
    }

    @Test
    void anAnswerChangedOnTheScreenSinceTheDownloadIsAConflictResolvedByTheUsersChoice() throws Exception {
        saveOnScreen("GOV.1.1", AnswerInput.empty().withOption("partially"));
        byte[] file = download(Locale.ENGLISH);
        saveOnScreen("GOV.1.1", AnswerInput.empty().withOption("fully"));
        saveOnScreen("GOV.1.2", AnswerInput.empty().withOption("fully"));
        try (Filler filler = new Filler(file)) {
            file = filler.set("GOV.1.1", Filler.ANSWER, "Not implemented")
                    .set("GOV.1.2", Filler.ANSWER, "Not implemented")
                    .set("GOV.1.3", Filler.ANSWER, "Largely implemented")
                    .bytes();
        }

        Preview preview = preview(file, Locale.ENGLISH);

        assertThat(preview.conflicts())
                .extracting(Preview.Change::practiceId)
                .containsExactlyInAnyOrder("GOV.1.1", "GOV.1.2");
        Preview.Change conflict = preview.conflicts().stream()
                .filter(c -> c.practiceId().equals("GOV.1.1"))
                .findFirst()
                .orElseThrow();
        assertThat(conflict.before()).isEqualTo("Fully implemented");
        assertThat(conflict.after()).isEqualTo("Not implemented");
        assertThat(preview.changes()).extracting(Preview.Change::practiceId).containsExactly("GOV.1.3");

        apply(preview, Set.of("GOV.1.2")); // keep the screen's GOV.1.1, take the file's GOV.1.2

        Map<String, AnswerState> after = open().answers();
        assertThat(after.get("GOV.1.1").optionId()).isEqualTo("fully");
        assertThat(after.get("GOV.1.2").optionId()).isEqualTo("not-implemented");
        assertThat(after.get("GOV.1.3").optionId()).isEqualTo("largely");
    }

    @Test
    void anAnswerChangedBetweenPreviewAndApplyStoresNothing() throws Exception {
        byte[] file = download(Locale.ENGLISH);
        try (Filler filler = new Filler(file)) {
            file = filler.set("GOV.1.1", Filler.ANSWER, "Fully implemented")
                    .set("GOV.1.2", Filler.ANSWER, "Fully implemented")
                    .bytes();
        }
        Preview preview = preview(file, Locale.ENGLISH);
        assertThat(preview.changes()).hasSize(2);
        saveOnScreen("GOV.1.2", AnswerInput.empty().withOption("partially"));

        assertThatThrownBy(() -> apply(preview, Set.of())).isInstanceOf(AssessmentException.StaleAnswer.class);

        Map<String, AnswerState> after = open().answers();
        assertThat(after).doesNotContainKey("GOV.1.1");
        assertThat(after.get("GOV.1.2").optionId()).isEqualTo("partially");
    }

    @Test
    void everyBadCellIsReportedWithItsSheetAndCellAndOnlyValidRowsApply() throws Exception {
        Practice noNa = open().questionnaire().practice("GOV.3.1").orElseThrow();
        assertThat(noNa.naAllowed()).isFalse();
        Practice na = firstPractice(true);
        assertThat(na.id()).doesNotStartWith("GOV.");
        byte[] file = download(Locale.ENGLISH);
        String deleted;
        String moved;
        try (Filler filler = new Filler(file)) {
            List<String> ids = filler.practiceIds();
            deleted = ids.get(ids.size() - 1);
            moved = ids.get(ids.size() - 2);
            filler.set(moved, 0, "");
            filler.sheet
                    .createRow(filler.sheet.getLastRowNum() + 2)
                    .createCell(0)
                    .setCellValue(moved);
            filler.set("GOV.1.1", Filler.ANSWER, "Mostly done")
                    .set(noNa.id(), Filler.ANSWER, "Not applicable (N/A)")
                    .set(na.id(), Filler.ANSWER, "N/A")
                    .set("GOV.1.3", Filler.ANSWER, "Fully implemented")
                    .set("GOV.1.3", Filler.COMMENT, "x".repeat(AnswerInput.MAX_TEXT + 1))
                    .formula("GOV.1.4", Filler.ANSWER, "\"Fully \"&\"implemented\"")
                    .set("GOV.2.2", Filler.EVIDENCE, "maybe")
                    .set("GOV.2.1", Filler.COMMENT, "hidden\u202Etext")
                    .set(deleted, 0, "")
                    .set("GOV.1.2", Filler.ANSWER, "Largely implemented");
            file = filler.bytes();
        }

        Preview preview = preview(file, Locale.ENGLISH);

        assertThat(preview.changes()).extracting(Preview.Change::practiceId).containsExactly("GOV.1.2");
        assertThat(preview.problems()).allSatisfy(p -> assertThat(p.sheet()).isEqualTo("Answers"));
        assertThat(preview.problems())
                .extracting(Preview.Problem::message)
                .contains(
                        "\"Mostly done\" is not an answer of practice GOV.1.1: choose one of the list.",
                        "Practice " + noNa.id() + " cannot be marked not applicable.",
                        "Practice " + na.id() + " is marked not applicable without a justification.",
                        "The text is too long (4,001 characters): at most 4,000.",
                        "This cell holds a formula: only typed values are read.",
                        "\"maybe\" is neither Yes nor No.")
                .anySatisfy(m -> assertThat(m).startsWith("The comment contains an invisible"))
                .anySatisfy(m -> assertThat(m).startsWith("The row of practice " + deleted + " (row "))
                .anySatisfy(m -> assertThat(m).startsWith("The row of practice " + moved + " was moved"));
        String gov11 = preview.problems().stream()
                .filter(p -> p.message().contains("Mostly done"))
                .findFirst()
                .orElseThrow()
                .cell();
        assertThat(gov11).startsWith("E");
        assertThat(preview.problems()).hasSize(9);

        apply(preview, Set.of());

        Map<String, AnswerState> after = open().answers();
        assertThat(after.keySet()).containsExactly("GOV.1.2");
    }

    @Test
    void aPracticeHiddenByAnUploadedAnswerIsReportedNotApplied() throws Exception {
        byte[] file = download(Locale.ENGLISH);
        try (Filler filler = new Filler(file)) {
            file = filler.set("VULN.3.1", Filler.ANSWER, "Not applicable (N/A)")
                    .set("VULN.3.1", Filler.NA_JUSTIFICATION, "no software development")
                    .set("VULN.3.2", Filler.ANSWER, "Fully implemented")
                    .set("VULN.3.3", Filler.ANSWER, "Partially implemented")
                    .bytes();
        }

        Preview preview = preview(file, Locale.ENGLISH);

        assertThat(preview.changes()).extracting(Preview.Change::practiceId).containsExactly("VULN.3.1");
        assertThat(preview.problems())
                .extracting(Preview.Problem::message)
                .containsExactly(
                        "Practice VULN.3.2 does not apply to your organization with the answers of this file: its row is"
                                + " not applied.",
                        "Practice VULN.3.3 does not apply to your organization with the answers of this file: its row is"
                                + " not applied.");
        apply(preview, Set.of());
        assertThat(open().answers().keySet()).containsExactly("VULN.3.1");
        assertThat(open().hiddenPractices()).contains("VULN.3.2", "VULN.3.3");
    }

    @Test
    void aBlankQuestionnaireWorkbookFilledOfflineAppliesToAnAssessmentOfItsVersion() throws Exception {
        byte[] blank = As.user("lead", Role.LEAD, () -> exchange.blankWorkbook(BASELINE, "1.0", Locale.ENGLISH))
                .content();
        AssessmentWork work = open();
        try (Filler filler = new Filler(blank)) {
            assertThat(filler.practiceIds())
                    .hasSize(work.questionnaire().practices().size());
            assertThat(filler.text("GOV.1.1", Filler.ANSWER)).isEmpty();
            blank = filler.set("GOV.1.1", Filler.ANSWER, "Fully implemented")
                    .set("GOV.1.2", Filler.ANSWER, "Not implemented")
                    .bytes();
        }
        saveOnScreen("GOV.1.2", AnswerInput.empty().withOption("fully"));
        saveOnScreen("GOV.1.3", AnswerInput.empty().withOption("largely"));

        Preview preview = preview(blank, Locale.ENGLISH);

        assertThat(preview.changes()).extracting(Preview.Change::practiceId).containsExactly("GOV.1.1");
        // the blank file knew no answer: a row filled over an answer of the screen is a conflict; an empty row is not
        assertThat(preview.conflicts()).extracting(Preview.Change::practiceId).containsExactly("GOV.1.2");
        assertThat(preview.problems()).isEmpty();
        apply(preview, Set.of());
        assertThat(open().answers().get("GOV.1.3").optionId()).isEqualTo("largely");
        assertThat(open().answers().get("GOV.1.2").optionId()).isEqualTo("fully");
        byte[] pdf = As.user("respondent", Role.RESPONDENT, () -> exchange.blankPdf(BASELINE, "1.0", Locale.FRENCH))
                .content();
        try (var reader = new com.lowagie.text.pdf.PdfReader(pdf)) {
            assertThat(reader.getNumberOfPages()).isGreaterThan(10);
            String firstPage = new com.lowagie.text.pdf.parser.PdfTextExtractor(reader).getTextFromPage(1);
            assertThat(firstPage).contains("Socle de cyberrésilience").contains("GOV.1.1");
        }
    }
}
