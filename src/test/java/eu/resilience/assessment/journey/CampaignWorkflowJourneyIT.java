package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.As;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.benchmark.BenchmarkService;
import eu.resilience.assessment.demo.PopulationGenerator;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.security.CurrentUser;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In real Chromium, on the demo data: the reopen of last year's closed campaign is refused with its reason (sent to a
 * lead while an extension is possible and the lead offered it; after that, told the submission stays as it is and no
 * extension offered), the coordinator's actions fit the grid at 1440 and 1280 px; the whole reopen cycle of a campaign
 * closed two days ago (created for the test, with a generated submission of Nordgrid Energy): refused, extended by the
 * lead, reopened with the lead's count and the trend unchanged, submitted again; the new campaign form shows each
 * error on its field until it is fixed, and the consent on My organization asks for confirmation (both cancelled).
 */
@JourneyLaneB
class CampaignWorkflowJourneyIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    PopulationGenerator generator;

    @Autowired
    OrganizationService organizations;

    @Autowired
    BenchmarkService benchmarks;

    @Autowired
    JdbcTemplate jdbc;

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
            browser.logInAndOpen(port, "coordinator", "resilience-demo", "");
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

        // still the coordinator's My assessments, at 1280 px
        WebElement open = browser.waitFor(By.cssSelector("[data-campaign='" + lastYear + "']"));
        String id = open.getAttribute("id").replace("open-", "").replace("results-", "");
        browser.click(browser.waitFor(By.id("reopen-" + id)));
        browser.waitFor(By.cssSelector("#reason textarea"))
                .sendKeys("A wrong answer in BKP", org.openqa.selenium.Keys.TAB);
        browser.click(browser.waitFor(By.id("reason-confirm")));
        browser.waitFor(By.cssSelector("#reason[invalid]"));
        browser.screenshot("workflow-2-reopen-refused");
        // last year's baseline closed on 31 May: a lead may extend it for 366 days, after that nobody can
        boolean extensible = !LocalDate.now()
                .isAfter(CampaignService.lastExtensionDay(
                        LocalDate.of(LocalDate.now().getYear() - 1, 5, 31)));
        if (extensible) {
            assertThat(browser.text(By.id("reason"))).contains("closed on").contains("extend the deadline");
        } else {
            assertThat(browser.text(By.id("reason")))
                    .contains("more than a year ago")
                    .contains("next campaign")
                    .doesNotContain("partnership lead");
        }

        browser.logInAndOpen(port, "lead", "resilience-demo", "");
        browser.waitFor(By.id("campaigns"));
        browser.click(browser.waitFor(By.xpath("//vaadin-grid-cell-content[text()='" + lastYear + "']")));
        browser.waitFor(By.cssSelector("[id^='reopen-']"));
        assertThat(browser.driver().findElements(By.id("extend-" + id)))
                .as("Extend deadline offered only while an extension is possible")
                .hasSize(extensible ? 1 : 0);
        browser.screenshot("workflow-3-lead-participation");
    }

    @Test
    void aRecentlyClosedCampaignIsReopenedAfterTheLeadsExtensionAndItsSubmissionCountsUntilResubmitted() {
        browser.driver().manage().window().setSize(new Dimension(1440, 900));
        String name = "Closed recently " + UUID.randomUUID().toString().substring(0, 8);
        long campaign = generator.createCampaign(
                name,
                "quick-check",
                "1.0",
                LocalDate.now().minusDays(30),
                LocalDate.now().minusDays(2));
        CurrentUser.runAsSystem(Role.LEAD, () -> {
            OrganizationSummary nordgrid = organizations.activeOrganizations().stream()
                    .filter(o -> o.name().equals("Nordgrid Energy"))
                    .findFirst()
                    .orElseThrow();
            generator.submitGenerated(
                    campaign,
                    List.of(new PopulationGenerator.GeneratedOrganization(
                            nordgrid.id(),
                            nordgrid.sector().id(),
                            nordgrid.sizeClass().id(),
                            nordgrid.country())),
                    0,
                    true,
                    7);
        });
        long mine = jdbc.queryForObject("select id from assessment where campaign_id = ?", Long.class, campaign);
        double submittedScore = ownTrendScore(mine, campaign);

        // two days after the close: the coordinator is sent to a lead
        browser.logInAndOpen(port, "coordinator", "resilience-demo", "");
        browser.click(browser.waitFor(By.id("reopen-" + mine)));
        browser.waitFor(By.cssSelector("#reason textarea")).sendKeys("A wrong answer in BKP", Keys.TAB);
        browser.click(browser.waitFor(By.id("reason-confirm")));
        browser.waitFor(By.cssSelector("#reason[invalid]"));
        assertThat(browser.text(By.id("reason"))).contains("closed on").contains("extend the deadline");

        // the lead extends the deadline for this organization
        browser.logInAndOpen(port, "lead", "resilience-demo", "");
        browser.waitFor(By.id("campaigns"));
        browser.click(browser.waitFor(By.xpath("//vaadin-grid-cell-content[text()='" + name + "']")));
        browser.click(browser.waitFor(By.id("extend-" + mine)));
        browser.waitFor(By.cssSelector("#extension-reason textarea"))
                .sendKeys("Correction of the BKP domain", Keys.TAB);
        browser.screenshot("workflow-4-extension");
        browser.click(browser.waitFor(By.id("extension-confirm")));
        browser.wait.until(d -> d.findElements(By.id("extension-confirm")).isEmpty());

        // the coordinator reopens it: the lead's count and the operator's trend still use the submission
        browser.logInAndOpen(port, "coordinator", "resilience-demo", "");
        browser.click(browser.waitFor(By.id("reopen-" + mine)));
        browser.waitFor(By.cssSelector("#reason textarea")).sendKeys("A wrong answer in BKP", Keys.TAB);
        browser.click(browser.waitFor(By.id("reason-confirm")));
        browser.wait.until(d -> d.findElements(By.id("reason-confirm")).isEmpty());
        assertThat(ownTrendScore(mine, campaign)).isEqualTo(submittedScore);

        browser.logInAndOpen(port, "lead", "resilience-demo", "");
        browser.waitFor(By.id("campaigns"));
        browser.waitForText(By.cssSelector("vaadin-grid-cell-content"), "1 (of which reopened: 1)");
        browser.click(browser.waitFor(By.xpath("//vaadin-grid-cell-content[text()='" + name + "']")));
        browser.waitFor(By.id("extend-" + mine));
        browser.screenshot("workflow-5-lead-reopened");

        // the coordinator submits it again
        browser.logInAndOpen(port, "coordinator", "resilience-demo", "");
        browser.waitFor(By.id("assessments"));
        browser.open(port, "assessments/" + mine + "/review");
        browser.click(browser.waitFor(By.id("submit")));
        browser.click(browser.waitFor(By.cssSelector("vaadin-button[slot='confirm-button']")));
        browser.waitForText(By.id("results-status"), "Submitted");
        assertThat(jdbc.queryForObject(
                        "select count(*) from score_snapshot where assessment_id = ?", Integer.class, mine))
                .isEqualTo(2);
    }

    /** The operator's own trend point of this campaign, as *Compare with others* shows it. */
    private double ownTrendScore(long assessment, long campaign) {
        return As.user("respondent", Role.RESPONDENT, () -> benchmarks.forAssessment(assessment)).trend().stream()
                .filter(p -> p.campaign().id() == campaign)
                .findFirst()
                .orElseThrow()
                .score();
    }

    @Test
    void theNewCampaignFormShowsEachErrorOnItsFieldUntilFixedAndTheConsentAsksForConfirmation() {
        browser.driver().manage().window().setSize(new Dimension(1440, 900));
        browser.logInAndOpen(port, "lead", "resilience-demo", "");
        browser.click(browser.waitFor(By.id("new-campaign")));
        browser.click(browser.waitFor(By.id("campaign-create")));
        browser.waitFor(By.cssSelector("#campaign-name[invalid]"));
        assertThat(browser.text(By.id("campaign-organizations"))).contains("Invite at least one organization.");
        browser.screenshot("workflow-6-new-campaign-errors");

        browser.waitFor(By.cssSelector("#campaign-name input")).sendKeys("Second baseline", Keys.TAB);
        browser.wait.until(
                d -> d.findElements(By.cssSelector("#campaign-name[invalid]")).isEmpty());

        browser.logInAndOpen(port, "coordinator", "resilience-demo", "my-organization");
        browser.click(browser.waitFor(By.id("consent")));
        browser.waitFor(By.cssSelector("vaadin-button[slot='cancel-button']"));
        browser.screenshot("workflow-7-consent-confirmation");
        browser.click(browser.waitFor(By.cssSelector("vaadin-button[slot='cancel-button']")));
    }
}
