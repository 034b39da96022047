package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * In real Chromium, on the demo data: the reopen of a closed campaign's submission is refused with its reason (no dead
 * end: the lead's participation offers the extension), the coordinator's actions fit the grid at 1440 and 1280 px; then
 * the whole cycle: the lead extends the deadline for Nordgrid Energy, the coordinator reopens, the lead's submitted
 * count and the operator's trend keep the submission while it is reopened, and the coordinator submits again. Leaves
 * last year's Nordgrid Energy submitted again (same answers), with a later closing day. The new campaign form and the
 * consent on My organization are pictured on the way (cancelled: nothing created, nothing changed).
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class CampaignWorkflowJourneyIT {

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
    void aClosedCampaignsReopenIsRefusedWithItsReasonAndTheLeadCanExtendTheDeadline() {
        String lastYear = "Baseline " + (LocalDate.now().getYear() - 1);
        for (int width : new int[] {1440, 1280}) {
            browser.driver().manage().window().setSize(new Dimension(width, 900));
            browser.logIn(port, "coordinator", "resilience-demo");
            WebElement grid = browser.waitFor(By.id("assessments"));
            WebElement open = browser.waitFor(By.cssSelector("[data-campaign='" + lastYear + "']"));
            String id = open.getAttribute("id").replace("open-", "").replace("results-", "");
            WebElement reopen = browser.waitFor(By.id("reopen-" + id));
            browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", reopen);
            double reopenRight = ((Number)
                            browser.driver.executeScript("return arguments[0].getBoundingClientRect().right", reopen))
                    .doubleValue();
            double gridRight = ((Number)
                            browser.driver.executeScript("return arguments[0].getBoundingClientRect().right", grid))
                    .doubleValue();
            assertThat(reopenRight).as("Reopen fits the grid at %d px", width).isLessThanOrEqualTo(gridRight);
            browser.screenshot("workflow-1-my-assessments-" + width);
        }

        browser.logIn(port, "coordinator", "resilience-demo");
        WebElement open = browser.waitFor(By.cssSelector("[data-campaign='" + lastYear + "']"));
        String id = open.getAttribute("id").replace("open-", "").replace("results-", "");
        browser.click(browser.waitFor(By.id("reopen-" + id)));
        browser.waitFor(By.cssSelector("#reason textarea"))
                .sendKeys("A wrong answer in BKP", org.openqa.selenium.Keys.TAB);
        browser.click(browser.waitFor(By.id("reason-confirm")));
        browser.waitFor(By.cssSelector("#reason[invalid]"));
        browser.screenshot("workflow-2-reopen-refused");
        assertThat(browser.text(By.id("reason"))).contains("closed on").contains("extend the deadline");

        browser.logIn(port, "lead", "resilience-demo");
        browser.waitFor(By.id("campaigns"));
        browser.click(browser.waitFor(By.xpath("//vaadin-grid-cell-content[text()='" + lastYear + "']")));
        browser.waitFor(By.id("extend-" + id));
        browser.screenshot("workflow-3-lead-participation");
        String submittedBefore = submittedCell(lastYear);

        // the lead extends the deadline for this organization (audited, with a reason)
        browser.click(browser.waitFor(By.id("extend-" + id)));
        browser.waitFor(By.cssSelector("#extension-reason textarea"))
                .sendKeys("Correction of a wrong answer in BKP", Keys.TAB);
        browser.click(browser.waitFor(By.id("extension-confirm")));
        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "until ");

        // the coordinator reopens
        browser.logIn(port, "coordinator", "resilience-demo");
        browser.click(browser.waitFor(By.id("reopen-" + id)));
        browser.waitFor(By.cssSelector("#reason textarea")).sendKeys("A wrong answer in BKP", Keys.TAB);
        browser.click(browser.waitFor(By.id("reason-confirm")));
        browser.wait.until(d -> d.findElements(By.id("reason")).isEmpty());
        // while reopened, the submission stays in force: the operator's trend keeps last year
        browser.driver().get("http://localhost:" + port + "/assessments/" + id + "/benchmark");
        browser.waitFor(By.id("own-trend"));
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#own-trend vaadin-details table"))
                        .getAttribute("textContent"))
                .contains(lastYear);

        // and the lead's count is the same, with the reopened one said apart
        browser.logIn(port, "lead", "resilience-demo");
        browser.waitFor(By.id("campaigns"));
        assertThat(browser.waitForText(By.tagName("vaadin-grid-cell-content"), "of which reopened")
                        .getText())
                .isEqualTo(submittedBefore + " (of which reopened: 1)");
        browser.screenshot("workflow-4-lead-while-reopened");

        // the coordinator submits again
        browser.logIn(port, "coordinator", "resilience-demo");
        browser.waitFor(By.id("assessments"));
        browser.driver().get("http://localhost:" + port + "/assessments/" + id + "/review");
        assertThat(browser.waitFor(By.id("submit-state")).getText()).contains("Everything is answered");
        browser.click(browser.waitFor(By.id("submit")));
        browser.click(browser.waitFor(By.cssSelector("vaadin-button[slot='confirm-button']")));
        assertThat(browser.waitFor(By.id("results-status")).getText()).isEqualTo("Submitted");
        browser.screenshot("workflow-5-resubmitted-results");

        browser.logIn(port, "lead", "resilience-demo");
        browser.waitFor(By.id("campaigns"));
        assertThat(submittedCell(lastYear)).isEqualTo(submittedBefore);
    }

    @Test
    void theNewCampaignFormShowsEachErrorOnItsFieldAndWarnsOfAnOverlap() {
        browser.driver().manage().window().setSize(new Dimension(1440, 900));
        browser.logIn(port, "lead", "resilience-demo");
        browser.click(browser.waitFor(By.id("new-campaign")));
        browser.click(browser.waitFor(By.id("campaign-create")));
        browser.waitFor(By.cssSelector("#campaign-name[invalid]"));
        assertThat(browser.text(By.id("campaign-organizations"))).contains("Invite at least one organization.");
        browser.screenshot("workflow-6-new-campaign-errors");

        browser.waitFor(By.cssSelector("#campaign-name input")).sendKeys("Second baseline", Keys.TAB);
        browser.waitFor(By.cssSelector("#campaign-questionnaire input")).sendKeys("Cyber", Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitFor(By.cssSelector("#campaign-sector input")).sendKeys("Energy", Keys.ARROW_DOWN, Keys.ENTER);
        browser.click(browser.waitFor(By.id("campaign-create")));
        assertThat(browser.waitFor(By.cssSelector(".campaign-overlap")).getText())
                .startsWith("Overlaps the open campaign \"Baseline "
                        + LocalDate.now().getYear());
        browser.screenshot("workflow-7-new-campaign-overlap");
        browser.click(browser.waitFor(By.cssSelector("vaadin-button[slot='cancel-button']")));

        browser.logIn(port, "coordinator", "resilience-demo");
        browser.driver().get("http://localhost:" + port + "/my-organization");
        browser.click(browser.waitFor(By.id("consent")));
        browser.waitFor(By.cssSelector("vaadin-button[slot='cancel-button']"));
        browser.screenshot("workflow-8-consent-confirmation");
        browser.click(browser.waitFor(By.cssSelector("vaadin-button[slot='cancel-button']")));
    }

    /** The text of the lead's "Submitted" cell of a campaign: the eighth cell of its row in the campaigns grid. */
    private String submittedCell(String campaign) {
        return (String) browser.driver.executeScript(
                "const cells = [...document.querySelectorAll('#campaigns vaadin-grid-cell-content')];"
                        + " const i = cells.findIndex(c => c.textContent.trim() === arguments[0]);"
                        + " return i < 0 ? null : cells[i + 7].textContent.trim();",
                campaign);
    }
}
