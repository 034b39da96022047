package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.As;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.TestCampaigns;
import eu.resilience.assessment.exchange.ExchangeService;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import java.io.ByteArrayInputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Map;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real Chromium: a respondent uploads a workbook filled offline on the questionnaire screen, reads the preview
 * (changes and a problem with its cell) and applies it; the screen then shows the answers. Screenshots in
 * target/screenshots.
 */
@JourneyLaneB
class AnsweringOfflineJourneyIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    ExchangeService exchange;

    @Autowired
    AssessmentService assessments;

    @Autowired
    CampaignService campaigns;

    @Autowired
    TestOrganizations organizations;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aRespondentUploadsAFilledWorkbookReadsThePreviewAndAppliesIt() throws Exception {
        long assessment =
                TestCampaigns.openAssessment(campaigns, organizations, "Nordgrid Energy", "cyber-resilience-baseline");
        Path file = filledWorkbook(
                assessment,
                Map.of("GOV.1.1", "Fully implemented", "GOV.1.2", "Largely implemented", "GOV.1.3", "Half done"));

        browser.logInAndOpen(port, "respondent", "resilience-demo", "");
        browser.waitFor(By.id("upload-answering-" + assessment)); // My assessments offers the upload too
        browser.screenshot("offline-0-my-assessments");
        browser.driver().get("http://localhost:" + port + "/assessments/" + assessment);
        browser.waitFor(By.id("download-answering-" + assessment));
        browser.click(browser.waitFor(By.id("upload-answering-" + assessment)));
        WebElement upload = browser.waitFor(By.id("workbook-upload"));
        upload.getShadowRoot()
                .findElement(By.cssSelector("input[type='file']"))
                .sendKeys(file.toAbsolutePath().toString());

        String summary = browser.text(By.id("preview-summary"));
        assertThat(summary).matches("2 changes, \\d+ unchanged, no conflicts, 1 problem");
        browser.waitForText(
                By.tagName("vaadin-grid-cell-content"), "\"Half done\" is not an answer of practice GOV.1.3");
        assertThat(answers(assessment)).isEmpty(); // the preview wrote nothing
        browser.screenshot("offline-1-preview");

        browser.click(browser.waitFor(By.id("apply-upload")));

        browser.waitForText(By.tagName("vaadin-notification-card"), "2 answers stored from the workbook");
        browser.waitFor(By.id("practice-GOV.1.1"));
        browser.screenshot("offline-2-applied");
        Map<String, AnswerState> answers = answers(assessment);
        assertThat(answers.get("GOV.1.1").optionId()).isEqualTo("fully");
        assertThat(answers.get("GOV.1.2").optionId()).isEqualTo("largely");
        assertThat(answers).doesNotContainKey("GOV.1.3");
        assertThat(browser.text(By.id("overall-progress-text"))).startsWith("2 of ");
        Files.deleteIfExists(file);
    }

    private Map<String, AnswerState> answers(long assessment) {
        return As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment))
                .answers();
    }

    /** The assessment's workbook, filled with POI as a person would in Excel, in a file. */
    private Path filledWorkbook(long assessment, Map<String, String> answers) throws Exception {
        byte[] downloaded = As.user(
                        "respondent", Role.RESPONDENT, () -> exchange.answeringWorkbook(assessment, Locale.ENGLISH))
                .content();
        Path file = Files.createTempFile("answers-", ".xlsx");
        try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(downloaded));
                var out = Files.newOutputStream(file)) {
            for (Row row : book.getSheetAt(0)) {
                var id = row.getCell(0);
                if (row.getRowNum() > 2 && id != null && answers.containsKey(id.getStringCellValue())) {
                    row.getCell(4).setCellValue(answers.get(id.getStringCellValue()));
                }
            }
            book.write(out);
        }
        return file;
    }
}
