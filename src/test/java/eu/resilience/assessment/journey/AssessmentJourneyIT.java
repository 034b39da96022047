package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The respondent's main journey in real Chromium: log in, open the baseline, answer every practice of every domain,
 * review, submit, read the results. Screenshots in target/screenshots.
 */
@JourneyLaneA
class AssessmentJourneyIT {

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

    @Test
    void aRespondentAnswersEveryPracticeReviewsSubmitsAndReadsTheResults() {
        browser.logIn(port, "respondent", "resilience-demo");

        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "Baseline");
        browser.screenshot("journey-1-my-assessments");
        WebElement open = browser.waitFor(By.cssSelector("vaadin-button[id^='open-'][data-campaign='Baseline "
                + java.time.LocalDate.now().getYear() + "']"));
        long start = System.nanoTime();
        open.click();
        browser.waitFor(By.cssSelector(".ra-card input[type=radio]"));
        long firstCardMillis = (System.nanoTime() - start) / 1_000_000;
        System.out.printf(
                "Questionnaire screen of the baseline: first practice usable %d ms after the click%n", firstCardMillis);
        browser.screenshot("journey-2-questionnaire");

        int domains = browser.driver()
                .findElements(By.cssSelector("vaadin-button[id^='nav-']"))
                .size();
        assertThat(domains).isEqualTo(10);
        for (int d = 0; d < domains; d++) {
            answerEveryVisibleCard();
            if (d == 0) {
                browser.screenshot("journey-3-domain-answered");
            }
            List<WebElement> next = browser.driver().findElements(By.id("next-domain"));
            if (!next.isEmpty()) {
                String before = currentDomainTitle();
                browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", next.get(0));
                next.get(0).click();
                browser.wait.until(driver -> !currentDomainTitle().equals(before));
            }
        }
        // every visible practice answered: "N of N answered"
        String progress = browser.wait.until(d -> {
            String text = d.findElement(By.id("overall-progress-text")).getAttribute("textContent");
            return text.matches("(\\d+) of \\1 answered") ? text : null;
        });
        assertThat(progress).isEqualTo("104 of 104 answered");

        browser.click(browser.driver().findElement(By.id("to-review")));
        WebElement submitState = browser.waitFor(By.id("submit-state"));
        assertThat(submitState.getText()).contains("Everything is answered");
        browser.screenshot("journey-4-review");
        browser.click(browser.driver().findElement(By.id("submit")));
        browser.click(browser.waitFor(By.cssSelector("vaadin-button[slot='confirm-button']")));

        WebElement maturity = browser.waitFor(By.id("overall-maturity"));
        assertThat(maturity.getText()).isEqualTo("MIL3 Managed");
        assertThat(browser.driver().findElement(By.id("overall-score")).getText())
                .isEqualTo("100.0 / 100");
        assertThat(browser.driver().findElement(By.id("results-status")).getText())
                .isEqualTo("Submitted");
        assertThat(browser.driver().findElement(By.id("radar")).getAttribute("innerHTML"))
                .contains("data:image/svg+xml;base64,");
        // the radar's figures, as a table next to it
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#radar vaadin-details table"))
                        .getAttribute("textContent"))
                .contains("GOV")
                .contains("100.0");
        browser.screenshot("journey-5-results");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();

        // the results by framework: NIS2 Art. 21(2)(a)-(j), each point with its practices and their answers
        WebElement nis2 = browser.waitFor(By.id("framework-nis2"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript("arguments[0].scrollIntoView(); arguments[0].opened = true;", nis2);
        assertThat(browser.waitFor(By.cssSelector("#framework-nis2 table")).getAttribute("textContent"))
                .contains("21(2)(a)")
                .contains("GOV.1.1")
                .contains("Fully implemented");
        browser.screenshot("journey-5b-by-framework");

        // the company report and workbook, downloaded through the links of the results screen
        for (String link : java.util.List.of("download-company-pdf", "download-company-xlsx")) {
            String href = browser.waitFor(By.id(link)).getAttribute("href");
            Object head = ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                    .executeAsyncScript(
                            "const done = arguments[arguments.length - 1];"
                                    + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done("
                                    + "String.fromCharCode(...new Uint8Array(b.slice(0, 4))) + ' ' + b.byteLength))"
                                    + ".catch(e => done('error ' + e));",
                            href);
            assertThat(String.valueOf(head)).startsWith(link.endsWith("pdf") ? "%PDF" : "PK");
        }

        // the same screen opened again, warm: what a respondent meets on every later visit
        browser.driver().get("http://localhost:" + port + "/assessments");
        WebElement view = browser.waitFor(By.cssSelector("vaadin-button[id^='open-'][data-campaign='Baseline "
                + java.time.LocalDate.now().getYear() + "']"));
        long again = System.nanoTime();
        view.click();
        browser.waitFor(By.cssSelector(".ra-card input[type=radio]"));
        System.out.printf(
                "Questionnaire screen of the baseline, opened again: first practice usable %d ms after the click%n",
                (System.nanoTime() - again) / 1_000_000);
    }

    private String currentDomainTitle() {
        return browser.driver().findElements(By.tagName("h3")).stream()
                .map(h -> h.getAttribute("textContent"))
                .filter(t -> t.contains(" · "))
                .findFirst()
                .orElse("");
    }

    /** Picks the first option of every visible unanswered card, until none is left (answers can reveal practices). */
    private void answerEveryVisibleCard() {
        for (int round = 0; round < 5; round++) {
            @SuppressWarnings("unchecked")
            List<String> unanswered = (List<String>)
                    browser.driver.executeScript(
                            """
                    return [...document.querySelectorAll('.ra-card')]
                        .filter(card => !card.hidden)
                        .filter(card => card.querySelector("span[id^='status-']").textContent === 'Not answered yet')
                        .map(card => card.id.substring('practice-'.length));""");
            if (unanswered.isEmpty()) {
                return;
            }
            for (String id : unanswered) {
                WebElement first = browser.driver()
                        .findElement(By.cssSelector("#practice-" + id.replace(".", "\\.") + " input[type=radio]"));
                browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", first);
                browser.driver.executeScript("arguments[0].click();", first);
                browser.wait.until(d -> d.findElement(By.id("status-" + id))
                        .getAttribute("textContent")
                        .startsWith("Saved by respondent"));
            }
        }
    }
}
