package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In real Chromium: log in with a demo login, see the catalogue, open the baseline. Screenshots in target/screenshots. */
@JourneyLaneB
class CatalogueJourneyIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    private void logIn(String username, String password) {
        browser.logIn(port, username, password);
    }

    @Test
    void aWrongPasswordIsRefusedWithAClearMessage() {
        logIn("respondent", "not-the-password");

        browser.waitForText(By.tagName("vaadin-login-form-wrapper"), "Wrong username or password");
        browser.screenshot("login-error");
        assertThat(browser.driver().getCurrentUrl()).contains("/login");
    }

    @Test
    void anAdministratorLogsInSeesTheCatalogueAndOpensTheBaseline() {
        browser.driver().get("http://localhost:" + port + "/");
        browser.waitFor(By.tagName("vaadin-login-form"));
        browser.screenshot("login");

        logIn("admin", "resilience-demo");

        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "Cyber resilience baseline");
        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "Quick check");
        assertThat(browser.waitFor(By.id("load-errors")).getText()).contains("Every questionnaire file loaded");
        assertThat(browser.waitFor(By.id("current-user")).getText())
                .contains("admin")
                .contains("Administrator");
        browser.screenshot("catalogue");

        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "Cyber resilience baseline")
                .click();

        browser.waitFor(By.id("domain-overview"));
        assertThat(browser.driver().getCurrentUrl()).endsWith("/questionnaires/cyber-resilience-baseline/1.0");
        browser.screenshot("questionnaire-detail");
        var firstDomain = browser.driver().findElements(By.tagName("vaadin-details")).stream()
                .filter(d ->
                        d.getAttribute("id") != null && d.getAttribute("id").startsWith("domain-"))
                .findFirst()
                .orElseThrow();
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", firstDomain);
        firstDomain.findElement(By.tagName("vaadin-details-summary")).click();
        browser.waitFor(By.className("ra-card"));
        browser.screenshot("questionnaire-preview");
    }

    @Test
    void anUnknownQuestionnaireAddressSaysNotFound() {
        browser.logInAndOpen(port, "respondent", "resilience-demo", "");
        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "Quick check");

        browser.open(port, "questionnaires/secret-questionnaire/9.9");

        assertThat(browser.waitFor(By.id("not-found")).getText()).contains("Not found");
        browser.screenshot("not-found");
    }
}
