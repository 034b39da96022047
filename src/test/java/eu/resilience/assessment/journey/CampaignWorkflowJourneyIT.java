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
 * end: the lead's participation offers the extension), the coordinator's actions fit the grid at 1440 and 1280 px, and
 * the review page gives its verdict first; the new campaign form shows each error on its field until it is fixed, and
 * the consent on My organization asks for confirmation (both cancelled). Changes nothing of the demo data.
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
    }

    @Test
    void theNewCampaignFormShowsEachErrorOnItsFieldUntilFixedAndTheConsentAsksForConfirmation() {
        browser.driver().manage().window().setSize(new Dimension(1440, 900));
        browser.logIn(port, "lead", "resilience-demo");
        browser.click(browser.waitFor(By.id("new-campaign")));
        browser.click(browser.waitFor(By.id("campaign-create")));
        browser.waitFor(By.cssSelector("#campaign-name[invalid]"));
        assertThat(browser.text(By.id("campaign-organizations"))).contains("Invite at least one organization.");
        browser.screenshot("workflow-6-new-campaign-errors");

        browser.waitFor(By.cssSelector("#campaign-name input")).sendKeys("Second baseline", Keys.TAB);
        browser.wait.until(
                d -> d.findElements(By.cssSelector("#campaign-name[invalid]")).isEmpty());

        browser.logIn(port, "coordinator", "resilience-demo");
        browser.driver().get("http://localhost:" + port + "/my-organization");
        browser.click(browser.waitFor(By.id("consent")));
        browser.waitFor(By.cssSelector("vaadin-button[slot='cancel-button']"));
        browser.screenshot("workflow-7-consent-confirmation");
        browser.click(browser.waitFor(By.cssSelector("vaadin-button[slot='cancel-button']")));
    }
}
