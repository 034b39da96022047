package eu.resilience.assessment.exchange.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import eu.resilience.assessment.As;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.AssessmentSummary;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.TestCampaigns;
import eu.resilience.assessment.assessment.ui.AssessmentView;
import eu.resilience.assessment.assessment.ui.MyAssessmentsView;
import eu.resilience.assessment.exchange.ExchangeService;
import eu.resilience.assessment.exchange.Preview;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.ui.CatalogView;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The download and upload on the questionnaire screen and My assessments, and the blank files on the catalogue. */
class ExchangeViewsTest extends KaribuTest {

    @Autowired
    ExchangeService exchange;

    @Autowired
    AssessmentService assessments;

    @Autowired
    CampaignService campaigns;

    @Autowired
    TestOrganizations organizations;

    long assessment;

    @BeforeEach
    void freshBaseline() {
        assessment =
                TestCampaigns.openAssessment(campaigns, organizations, "Nordgrid Energy", "cyber-resilience-baseline");
    }

    /** The downloaded workbook with answers typed in column E for these practices. */
    byte[] filled(Map<String, String> answers) throws Exception {
        byte[] file = As.user(
                        "respondent", Role.RESPONDENT, () -> exchange.answeringWorkbook(assessment, Locale.ENGLISH))
                .content();
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(file));
                ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            Sheet sheet = book.getSheetAt(0);
            for (Row row : sheet) {
                var id = row.getCell(0);
                if (id != null && answers.containsKey(id.getStringCellValue()) && row.getRowNum() > 2) {
                    row.getCell(4).setCellValue(answers.get(id.getStringCellValue()));
                }
            }
            book.write(out);
            return out.toByteArray();
        }
    }

    UploadDialog openUpload() {
        _get(Button.class, spec -> spec.withId("upload-answering-" + assessment))
                .click();
        return _get(UploadDialog.class, spec -> spec.withId("upload-dialog"));
    }

    @Test
    @SuppressWarnings("unchecked")
    void theQuestionnaireScreenPreviewsAnUploadThenAppliesItAndShowsTheNewAnswers() throws Exception {
        login("respondent", Role.RESPONDENT);
        As.user(
                "respondent",
                Role.RESPONDENT,
                () -> assessments.saveAnswer(
                        assessment, "GOV.1.1", AnswerInput.empty().withOption("fully"), -1));
        byte[] file = filled(Map.of("GOV.1.2", "Largely implemented", "GOV.1.3", "Nope"));
        UI.getCurrent().navigate("assessments/" + assessment);
        assertThat(_get(Anchor.class, spec -> spec.withId("download-answering-" + assessment))
                        .getText())
                .isEqualTo("Download for answering (xlsx)");

        UploadDialog dialog = openUpload();
        dialog.showPreview("answers.xlsx", file);

        assertThat(_get(Span.class, spec -> spec.withId("preview-summary")).getText())
                .startsWith("1 change, ")
                .endsWith("no conflicts, 1 problem");
        Grid<Preview.Change> changes = _get(Grid.class, spec -> spec.withId("preview-changes"));
        assertThat(GridKt._findAll(changes))
                .extracting(Preview.Change::practiceId)
                .containsExactly("GOV.1.2");
        Grid<Preview.Problem> problems = _get(Grid.class, spec -> spec.withId("preview-problems"));
        assertThat(GridKt._get(problems, 0).message()).contains("\"Nope\" is not an answer of practice GOV.1.3");
        assertThat(answers()).doesNotContainKey("GOV.1.2"); // nothing written by the preview

        _get(Button.class, spec -> spec.withId("apply-upload")).click();

        assertThat(answers().get("GOV.1.2").optionId()).isEqualTo("largely");
        assertThat(answers()).doesNotContainKey("GOV.1.3");
        assertThat(_find(UploadDialog.class)).isEmpty();
        assertThat(UI.getCurrent().getCurrentView()).isInstanceOf(AssessmentView.class);
    }

    @Test
    @SuppressWarnings("unchecked")
    void aConflictIsShownWithBothAnswersAndTheUserTakesTheFile() throws Exception {
        login("respondent", Role.RESPONDENT);
        byte[] file = filled(Map.of("GOV.1.1", "Not implemented"));
        As.user(
                "respondent2",
                Role.RESPONDENT,
                () -> assessments.saveAnswer(
                        assessment, "GOV.1.1", AnswerInput.empty().withOption("fully"), -1));
        UI.getCurrent().navigate(MyAssessmentsView.class);
        Grid<AssessmentSummary> list = _get(Grid.class, spec -> spec.withId("assessments"));
        int row = GridKt._findAll(list).stream()
                .map(AssessmentSummary::id)
                .toList()
                .indexOf(assessment);
        com.vaadin.flow.component.Component actions = GridKt._getCellComponent(list, row, "actions");
        assertThat(_get(actions, Anchor.class, spec -> spec.withId("download-answering-" + assessment))
                        .getTitle())
                .contains("Download for answering (xlsx)");
        Button upload = _get(actions, Button.class, spec -> spec.withId("upload-answering-" + assessment));
        assertThat(upload.getAriaLabel()).contains("Upload answers");
        upload.click();
        UploadDialog dialog = _get(UploadDialog.class, spec -> spec.withId("upload-dialog"));
        dialog.showPreview("answers.xlsx", file);

        assertThat(_get(Span.class, spec -> spec.withId("preview-summary")).getText())
                .endsWith("1 conflict, no problems");
        RadioButtonGroup<Boolean> choice = _get(RadioButtonGroup.class, spec -> spec.withId("choice-GOV.1.1"));
        assertThat(choice.getValue()).isFalse();
        choice.setValue(true);
        _get(Button.class, spec -> spec.withId("apply-upload")).click();

        assertThat(answers().get("GOV.1.1").optionId()).isEqualTo("not-implemented");
    }

    @Test
    void aBadFileSaysWhyAndOffersNothingToApply() {
        login("respondent", Role.RESPONDENT);
        UI.getCurrent().navigate("assessments/" + assessment);

        UploadDialog dialog = openUpload();
        dialog.showPreview("notes.xlsx", "just some text".getBytes());

        assertThat(_get(Span.class, spec -> spec.withId("upload-error")).getText())
                .startsWith("This file is not an Excel workbook (xlsx).");
        assertThat(_find(Button.class, spec -> spec.withId("apply-upload"))).isEmpty();
    }

    @Test
    @SuppressWarnings("unchecked")
    void theCatalogueOffersTheBlankWorkbookAndPdfOfEveryQuestionnaire() {
        login("lead", Role.LEAD);
        UI.getCurrent().navigate(CatalogView.class);

        Grid<Questionnaire> catalogue = _get(Grid.class, spec -> spec.withId("catalogue"));
        java.util.List<String> ids =
                GridKt._findAll(catalogue).stream().map(Questionnaire::id).toList();
        var quickCheck = GridKt._getCellComponent(catalogue, ids.indexOf("quick-check"), "blank");
        assertThat(_get(quickCheck, Anchor.class, spec -> spec.withId("blank-xlsx-quick-check-1-0"))
                        .getTitle())
                .contains("Blank workbook");
        var baseline = GridKt._getCellComponent(catalogue, ids.indexOf("cyber-resilience-baseline"), "blank");
        assertThat(_get(baseline, Anchor.class, spec -> spec.withId("blank-pdf-cyber-resilience-baseline-1-0"))
                        .getTitle())
                .contains("Printable PDF");
    }

    private Map<String, AnswerState> answers() {
        return As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment))
                .answers();
    }
}
