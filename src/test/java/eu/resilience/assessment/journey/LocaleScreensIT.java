package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In real Chromium whose user reads French: every screen the journeys visit, for each role, in French, each checked
 * with axe-core against the WCAG 2.1 A and AA rules (the English journeys check them in English). The page says it is
 * French. A user who picks German in the header sees the screens in German, and again after logging in anew.
 */
@JourneyLaneA
class LocaleScreensIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    JdbcTemplate jdbc;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser("fr-FR");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    private void visit(String path, By shown, String screen) {
        visit(path, shown, screen, "fr");
    }

    private void visit(String path, By shown, String screen, String language) {
        browser.open(port, path);
        browser.waitFor(shown);
        assertPageLanguage(language);
        browser.screenshot(language + "-" + screen);
    }

    private void assertPageLanguage(String language) {
        assertThat(browser.driver.executeScript("return document.documentElement.lang"))
                .as(
                        "the page's language; the browser's are %s",
                        browser.driver.executeScript("return navigator.languages"))
                .isEqualTo(language);
    }

    private long nordgridBaseline(int year) {
        return jdbc.queryForObject(
                "select a.id from assessment a join campaign c on c.id = a.campaign_id"
                        + " join organization o on o.id = a.organization_id where o.name = ? and c.name = ?",
                Long.class,
                "Nordgrid Energy",
                "Baseline " + year);
    }

    @Test
    void theLoginAndTheRespondentsScreens() {
        browser.driver().manage().deleteAllCookies();
        visit("login", By.tagName("vaadin-login-form"), "login");
        browser.logIn(port, "respondent", "pas le bon mot de passe");
        browser.waitForText(By.tagName("vaadin-login-form-wrapper"), "Nom d");
        browser.screenshot("fr-login-error");

        browser.logIn(port, "coordinator", "resilience-demo");
        browser.waitFor(By.id("assessments"));
        int year = LocalDate.now().getYear();
        long current = nordgridBaseline(year);
        long last = nordgridBaseline(year - 1);
        visit("assessments", By.cssSelector("vaadin-grid-cell-content vaadin-progress-bar"), "my-assessments");
        visit("assessments/" + current, By.cssSelector(".ra-card input[type=radio]"), "questionnaire");
        visit("assessments/" + current + "/review", By.id("submit-state"), "review");
        visit("assessments/" + last + "/results", By.id("radar"), "results");
        visit("assessments/" + last + "/benchmark", By.id("operator-table"), "operator-benchmark");
        visit("my-organization", By.id("my-organization-name"), "my-organization");
        visit("profile", By.id("profile-email"), "profile");
        visit("questionnaires", By.id("catalogue"), "catalogue");
        visit("questionnaires/cyber-resilience-baseline/1.0", By.id("domain-overview"), "questionnaire-detail");
        visit("questionnaires/secret-questionnaire/9.9", By.id("not-found"), "not-found");
        visit("admin/users", By.id("access-denied"), "access-denied");
    }

    @Test
    void theLeadsAndTheAdministratorsScreens() {
        browser.logInAndOpen(port, "lead", "resilience-demo", "");
        browser.waitFor(By.id("campaigns"));
        visit("campaigns", By.id("campaigns"), "campaigns");
        visit("benchmarks", By.id("heatmap"), "benchmarks");

        browser.logInAndOpen(port, "admin", "resilience-demo", "");
        browser.waitFor(By.id("catalogue"));
        visit("admin/organizations", By.id("organizations"), "organizations");
        browser.click(browser.waitFor(By.id("new-organization")));
        browser.waitFor(By.id("org-name"));
        browser.screenshot("fr-organization-dialog");
        visit("admin/users", By.id("users"), "users");
        visit("admin/audit", By.id("audit-events"), "audit-log");
        visit("admin/outbox", By.id("outbox"), "outbox");
    }

    @Test
    void aUserWhoPicksGermanSeesGermanScreensAndAgainAfterLoggingInAnew() {
        try {
            browser.logInAndOpen(port, "respondent", "resilience-demo", "");
            browser.waitFor(By.id("assessments"));
            assertPageLanguage("fr");
            new org.openqa.selenium.support.ui.Select(browser.waitFor(By.id("language-picker")))
                    .selectByVisibleText("Deutsch");
            browser.waitForText(By.id("logout"), "Abmelden");
            assertPageLanguage("de");

            visit(
                    "assessments",
                    By.cssSelector("vaadin-grid-cell-content vaadin-progress-bar"),
                    "my-assessments",
                    "de");
            browser.waitForText(By.tagName("h2"), "Meine Selbstbewertungen");
            visit("questionnaires/quick-check/1.0", By.id("domain-overview"), "quick-check", "de");
            browser.waitForText(By.tagName("h2"), "Schnellcheck für kleine Betreiber");
            visit("profile", By.id("profile-email"), "profile", "de");

            browser.logIn(port, "respondent", "resilience-demo");
            browser.waitFor(By.id("assessments"));
            browser.waitForText(By.id("logout"), "Abmelden");
            assertPageLanguage("de");
        } finally {
            // the other journeys log in as this user with a browser of their own language
            jdbc.update("update user_account set screen_language = null where username = 'respondent'");
        }
    }
}
