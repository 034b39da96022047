package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.TestCampaigns;
import eu.resilience.assessment.organization.TestOrganizations;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * Two respondents of one organization on the same questionnaire, each in a Chromium of their own: what one saves
 * appears on the other's screen without a reload (server push), with who saved it and the counters.
 */
@JourneyLaneA
class LiveAnswersJourneyIT {

    private static Browser mine;
    private static Browser colleagues;

    @LocalServerPort
    int port;

    @Autowired
    CampaignService campaigns;

    @Autowired
    TestOrganizations organizations;

    @BeforeAll
    static void openBrowsers() {
        mine = new Browser();
        colleagues = new Browser();
    }

    @AfterAll
    static void closeBrowsers() {
        mine.close();
        colleagues.close();
    }

    @Test
    void anAnswerSavedOnOneScreenAppearsOnTheColleaguesScreenWithoutReload() {
        long assessment =
                TestCampaigns.openAssessment(campaigns, organizations, "Nordgrid Energy", "cyber-resilience-baseline");
        String screen = "assessments/" + assessment + "?domain=GOV";
        open(mine, "respondent", screen);
        open(colleagues, "respondent2", screen);
        // a page that reloads loses this mark
        colleagues.driver.executeScript("window.raNotReloaded = true;");

        mine.click(mine.waitFor(By.cssSelector("#practice-GOV\\.1\\.1 input[type=radio]")));
        mine.wait.until(d -> status(mine).startsWith("Saved by respondent at"));

        // well before the next heartbeat (60 s) or any request of the colleague's screen
        new WebDriverWait(colleagues.driver, Duration.ofSeconds(15), Duration.ofMillis(50))
                .until(d -> status(colleagues).startsWith("Saved by respondent at"));
        assertThat(colleagues.driver.findElements(By.cssSelector("#practice-GOV\\.1\\.1 input[type=radio]:checked")))
                .hasSize(1);
        assertThat(colleagues.text(By.id("nav-GOV"))).contains("— 1/");
        assertThat(colleagues.driver.executeScript("return window.raNotReloaded === true"))
                .isEqualTo(true);
        colleagues.screenshot("live-1-colleagues-answer-arrived");
        assertThat(colleagues.contentSecurityPolicyViolations()).isEmpty();
    }

    private void open(Browser browser, String username, String screen) {
        browser.logInAndOpen(port, username, "resilience-demo", screen);
        browser.waitFor(By.cssSelector("#practice-GOV\\.1\\.1 input[type=radio]"));
    }

    private static String status(Browser browser) {
        return browser.driver.findElement(By.id("status-GOV.1.1")).getAttribute("textContent");
    }
}
