package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.TestCampaigns;
import eu.resilience.assessment.organization.TestOrganizations;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * In real Chromium: an assessment whose questionnaire version is not loaded says so on its own line of *My assessments*
 * and on its screen; the organization's other assessments still open. Screenshots in target/screenshots.
 */
@JourneyLaneA
class MissingQuestionnaireJourneyIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    CampaignService campaigns;

    @Autowired
    TestOrganizations organizations;

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
    void onlyTheAffectedAssessmentSaysItsQuestionnaireIsMissing() {
        long orphan = TestCampaigns.openAssessment(
                campaigns, organizations, "Clinique des Alpes", "cyber-resilience-baseline");
        jdbc.update(
                "update campaign set questionnaire_version = '0.9-gone'"
                        + " where id = (select campaign_id from assessment where id = ?)",
                orphan);

        browser.logInAndOpen(port, "clinique", "resilience-demo", "assessments");

        assertThat(browser.text(By.id("missing-" + orphan))).contains("Questionnaire not available");
        assertThat(browser.waitFor(By.id("missing-" + orphan)).getAttribute("title"))
                .contains("cyber-resilience-baseline 0.9-gone");
        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "Cyber resilience baseline");
        browser.screenshot("my-assessments-questionnaire-missing");

        browser.driver().get("http://localhost:" + port + "/assessments/" + orphan);
        assertThat(browser.text(By.id("assessment-unavailable"))).contains("0.9-gone");
        browser.screenshot("assessment-questionnaire-missing");
        browser.click(browser.waitFor(By.id("back-to-assessments")));
        browser.waitFor(By.id("assessments"));
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }
}
