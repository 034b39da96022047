package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.TestCampaigns;
import eu.resilience.assessment.organization.TestOrganizations;
import java.util.function.Predicate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In real Chromium, with the keyboard only (no mouse or pointer event reaches the page): a coordinator answers the
 * quick check, chooses an option with the arrow keys (saved once), opens guidance, flags a practice, answers N/A with
 * a justification, moves with the shortcuts to the next unanswered practice and the next domain, reviews and submits.
 */
@JourneyLaneA
class KeyboardJourneyIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    CampaignService campaigns;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    JdbcTemplate jdbc;

    long assessment;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aCoordinatorAnswersReviewsAndSubmitsWithTheKeyboardOnly() {
        assessment = TestCampaigns.openAssessment(campaigns, organizations, "Clinique des Alpes", "quick-check");
        browser.logIn(port, "clinique", "resilience-demo");
        browser.waitFor(By.id("assessments"));
        // the link of the invitation e-mail, typed into the address bar
        browser.driver().get("http://localhost:" + port + "/assessments/" + assessment);
        browser.waitFor(By.id("practice-HYG.1.1"));
        countPointerEvents();
        browser.screenshot("keyboard-1-questionnaire");

        // Alt+Shift+N: to the first unanswered practice, the focus on its options
        shortcut("n");
        waitForFocusIn("practice-HYG.1.1");
        // the arrow keys pass over two options; Tab leaves the group: one answer, one audit record
        keys(Keys.ARROW_DOWN);
        keys(Keys.ARROW_DOWN);
        keys(Keys.TAB);
        waitForStatus("HYG.1.1", "Saved by clinique");
        assertThat(storedOption("HYG.1.1")).isEqualTo("step-3");
        assertThat(audits("HYG.1.1")).isOne();

        // the focus is on Guidance: Enter opens it
        assertThat(activeCard()).isEqualTo("practice-HYG.1.1");
        keys(Keys.ENTER);
        browser.wait.until(d -> browser.text(By.cssSelector("#practice-HYG\\.1\\.1 details[open]"))
                .contains("References"));
        // past "Comment and evidence" to "Flag for review": Space flags it
        keys(Keys.TAB);
        keys(Keys.TAB);
        keys(Keys.SPACE);
        browser.wait.until(d -> audits("HYG.1.1") == 2);
        waitForStatus("HYG.1.1", "Saved by clinique");
        browser.screenshot("keyboard-2-answered-guidance-flag");

        // Alt+Shift+N from there: the next unanswered practice; Space chooses the option that has the focus
        shortcut("n");
        waitForFocusIn("practice-HYG.1.2");
        keys(Keys.SPACE);
        waitForStatus("HYG.1.2", "Saved by clinique");
        assertThat(audits("HYG.1.2")).isOne();

        // Alt+Shift+D: the next domain, with the focus on its title
        shortcut("d");
        browser.wait.until(d -> "domain-title".equals(activeId())
                && browser.text(By.id("domain-title")).startsWith("ACC"));
        browser.screenshot("keyboard-3-next-domain");

        // every other practice: Alt+Shift+N then Space, until everything is answered; on SUP.1.3 N/A with a reason
        for (int i = 0; i < 40 && !complete(); i++) {
            shortcut("n");
            String card = browser.wait.until(d -> {
                String id = activeCard();
                return id.isEmpty()
                                || status(id.substring("practice-".length())).startsWith("Saved")
                        ? null
                        : id;
            });
            String practice = card.substring("practice-".length());
            if (practice.equals("SUP.1.3")) {
                answerNotApplicable(practice);
            } else {
                keys(Keys.SPACE);
                waitForStatus(practice, "Saved by clinique");
            }
        }
        assertThat(complete()).isTrue();
        assertThat(jdbc.queryForObject(
                        "select na_justification from answer where assessment_id = ? and practice_id = 'SUP.1.3'",
                        String.class,
                        assessment))
                .isEqualTo("We have no suppliers with access to our systems");

        // Alt+Shift+R: the review; Tab to Submit, Enter, then Enter on the dialog's confirmation
        shortcut("r");
        browser.waitFor(By.id("submit-state"));
        browser.screenshot("keyboard-4-review");
        tabTo(e -> "submit".equals(e.getAttribute("id")));
        keys(Keys.ENTER);
        browser.waitFor(By.cssSelector("vaadin-button[slot='confirm-button']"));
        browser.screenshot("keyboard-5-confirm");
        tabTo(e -> "confirm-button".equals(e.getAttribute("slot")));
        keys(Keys.ENTER);
        assertThat(browser.text(By.id("results-status"))).isEqualTo("Submitted");
        browser.screenshot("keyboard-6-results");

        assertThat(browser.driver.executeScript("return window.__pointerEvents"))
                .isEqualTo(0L);
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    private void answerNotApplicable(String practice) {
        // from the first option, ArrowUp wraps to the last one: Not applicable; its justification appears
        keys(Keys.ARROW_UP);
        browser.waitFor(By.cssSelector("#practice-" + practice.replace(".", "\\.") + " vaadin-text-area"));
        keys(Keys.TAB);
        browser.wait.until(d -> {
            Object tag = browser.driver.executeScript(
                    "return document.activeElement && document.activeElement.closest('vaadin-text-area') ? 1 : 0");
            return Long.valueOf(1).equals(tag);
        });
        new Actions(browser.driver())
                .sendKeys("We have no suppliers with access to our systems")
                .perform();
        keys(Keys.TAB);
        browser.wait.until(d -> jdbc.queryForObject(
                        "select count(*) from answer where assessment_id = ? and practice_id = ? and not_applicable"
                                + " and na_justification = 'We have no suppliers with access to our systems'",
                        Integer.class,
                        assessment,
                        practice)
                == 1);
        waitForStatus(practice, "Saved by clinique");
    }

    /** Counts mouse and pointer events from here on: a keyboard journey must cause none. */
    private void countPointerEvents() {
        browser.driver.executeScript(
                """
                window.__pointerEvents = 0;
                for (const type of ['pointerdown', 'mousedown', 'pointerup', 'mouseup']) {
                  document.addEventListener(type, () => window.__pointerEvents++, true);
                }""");
    }

    private void keys(CharSequence key) {
        new Actions(browser.driver()).sendKeys(key).perform();
    }

    private void shortcut(String letter) {
        new Actions(browser.driver())
                .keyDown(Keys.ALT)
                .keyDown(Keys.SHIFT)
                .sendKeys(letter)
                .keyUp(Keys.SHIFT)
                .keyUp(Keys.ALT)
                .perform();
    }

    /** Presses Tab until the focused element matches (at most 80 times). */
    private void tabTo(Predicate<WebElement> target) {
        for (int i = 0; i < 80; i++) {
            WebElement active = browser.driver().switchTo().activeElement();
            if (target.test(active)) {
                return;
            }
            keys(Keys.TAB);
        }
        throw new AssertionError("Tab never reached the element");
    }

    private String activeId() {
        return String.valueOf(browser.driver.executeScript("return document.activeElement.id"));
    }

    private String activeCard() {
        return String.valueOf(
                browser.driver.executeScript(
                        "const c = document.activeElement && document.activeElement.closest('.ra-card'); return c ? c.id : ''"));
    }

    private void waitForFocusIn(String cardId) {
        browser.wait.until(d -> cardId.equals(activeCard()));
    }

    private String status(String practice) {
        return browser.driver().findElement(By.id("status-" + practice)).getAttribute("textContent");
    }

    private void waitForStatus(String practice, String prefix) {
        browser.wait.until(d -> status(practice).startsWith(prefix));
    }

    private boolean complete() {
        return browser.text(By.id("overall-progress-text")).matches("(\\d+) of \\1 answered");
    }

    private String storedOption(String practice) {
        return jdbc.queryForObject(
                "select option_id from answer where assessment_id = ? and practice_id = ?",
                String.class,
                assessment,
                practice);
    }

    private int audits(String practice) {
        return jdbc.queryForObject(
                "select count(*) from audit_event where action = 'ANSWER_CHANGED' and subject_id = ? and detail = ?",
                Integer.class,
                String.valueOf(assessment),
                practice);
    }
}
