package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.As;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real Chromium: the administrator uploads a broken framework library (every problem listed, nothing written), then
 * a good one (a draft written, its notes listed, the draft in the catalogue). Screenshots in target/screenshots.
 */
@JourneyLaneB
class AuthoringJourneyIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    QuestionnaireService questionnaires;

    @Value("${resilience.questionnaires.directory}")
    Path folder;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void anAdministratorImportsAFrameworkLibraryAsADraft() throws Exception {
        Path draft = folder.resolve("harbour-mm-2.yaml");
        try {
            browser.logInAndOpen(port, "admin", "resilience-demo", "admin/authoring");
            browser.waitFor(By.id("template-questionnaire"));
            browser.screenshot("authoring-0-screen");

            upload(Path.of("src/test/resources/authoring/broken-tree-library.yaml"));
            browser.waitForText(By.id("authoring-outcome"), "Refused, nothing was written: 3 problems.");
            browser.waitForText(
                    By.tagName("vaadin-grid-cell-content"),
                    "The parent urn:example:risk:req_node:broken:nowhere is not an earlier node of the framework.");
            browser.screenshot("authoring-1-refused");
            assertThat(Files.exists(draft)).isFalse();

            upload(Path.of("src/test/resources/authoring/maturity-library.yaml"));
            browser.waitForText(By.id("authoring-outcome"), "Draft written: harbour-mm-2.yaml");
            browser.waitForText(By.tagName("vaadin-grid-cell-content"), "urn:example:risk:req_node:harbour-mm:gov.1.a");
            browser.screenshot("authoring-2-written");
            assertThat(Files.readString(draft)).contains("status: draft");
            assertThat(questionnaires.find("harbour-mm", "2")).isPresent();
        } finally {
            Files.deleteIfExists(draft);
            As.user("admin", Role.ADMIN, () -> questionnaires.reload());
        }
    }

    private static void upload(Path file) {
        WebElement upload = browser.waitFor(By.id("library-upload"));
        upload.getShadowRoot()
                .findElement(By.cssSelector("input[type='file']"))
                .sendKeys(file.toAbsolutePath().toString());
    }
}
