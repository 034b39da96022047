package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.As;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.CampaignForm;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.organization.Organization;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import eu.resilience.assessment.plan.Outcome;
import eu.resilience.assessment.plan.PlanEntry;
import eu.resilience.assessment.plan.PlanService;
import eu.resilience.assessment.plan.PlanStatus;
import eu.resilience.assessment.plan.Target;
import eu.resilience.assessment.plan.TargetService;
import eu.resilience.assessment.questionnaire.Practice;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * From a score to a roadmap in real Chromium: a lead sets a target on the target screen; the coordinator sees the gap
 * on the results and plans two items from it; the next campaign is submitted (answering is the assessment journey's
 * subject: here through the services) and the plan shows one item improved and one marked done but not improved.
 * Screenshots in target/screenshots.
 */
@JourneyLaneA
class PlanJourneyIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    TargetService targets;

    @Autowired
    CampaignService campaigns;

    @Autowired
    AssessmentService assessments;

    @Autowired
    PlanService plans;

    @Autowired
    TestOrganizations organizations;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aTargetAGapTwoPlanItemsAndTheNextCampaignSaysWhichImproved() {
        // the lead sets a target: hygiene at least "Defined"
        String name = "Hygiene target " + UUID.randomUUID();
        browser.logInAndOpen(port, "lead", "resilience-demo", "");
        browser.waitFor(By.tagName("vaadin-app-layout"));
        browser.open(port, "targets");
        browser.click(browser.waitFor(By.id("new-target")));
        browser.waitFor(By.cssSelector("#target-name input")).sendKeys(name);
        WebElement questionnaire = browser.waitFor(By.cssSelector("#target-questionnaire input"));
        questionnaire.sendKeys("Quick check");
        browser.wait.until(
                d -> !d.findElements(By.tagName("vaadin-combo-box-item")).isEmpty());
        questionnaire.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.click(browser.waitFor(By.id("target-domain-HYG")));
        browser.click(browser.waitForText(By.tagName("vaadin-select-item"), "Defined"));
        browser.screenshot("plan-1-target");
        browser.click(browser.waitFor(By.id("target-create")));
        browser.waitForText(By.tagName("vaadin-grid-cell-content"), name);

        long target = As.user("lead", Role.LEAD, () -> targets.targets()).stream()
                .filter(t -> t.name().equals(name))
                .mapToLong(Target::id)
                .findFirst()
                .orElseThrow();
        assertThat(As.user("lead", Role.LEAD, () -> targets.targets()).stream()
                        .filter(t -> t.id() == target)
                        .findFirst()
                        .orElseThrow()
                        .domains())
                .containsKey("HYG");
        long first = campaignFor(target);
        answerAndSubmit(first, Map.of());

        // the coordinator sees the gap and plans two items from it
        browser.logInAndOpen(port, "coordinator", "resilience-demo", "");
        browser.waitFor(By.tagName("vaadin-app-layout"));
        browser.open(port, "assessments/" + first + "/results");
        WebElement gap = browser.waitFor(By.id("gap-table"));
        browser.waitForText(By.cssSelector("#gap-table vaadin-grid-cell-content"), "Missing");
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'start'});", gap);
        browser.screenshot("plan-2-gap");
        List<Long> before = planIds();
        // the first two practices the plan dialog offers: the gap's, in the order of the next steps
        List<String> candidates =
                As.user("coordinator", Role.ORG_ADMIN, () -> plans.candidates(first, Locale.ENGLISH)).stream()
                        .filter(c -> !c.planned())
                        .map(c -> c.practice().id())
                        .limit(2)
                        .toList();
        browser.click(browser.waitFor(By.id("to-plan")));
        for (int item = 0; item < 2; item++) {
            browser.click(browser.waitFor(By.id("plan-add")));
            String id = candidates.get(item);
            browser.wait.until(d -> {
                browser.waitFor(By.cssSelector("#plan-practice input")).sendKeys(id);
                return true;
            });
            browser.click(browser.waitForText(By.tagName("vaadin-combo-box-item"), id + " "));
            browser.wait.until(d -> !d.findElement(By.cssSelector("#plan-action textarea"))
                    .getAttribute("value")
                    .isBlank());
            if (item == 0) {
                browser.screenshot("plan-3-add-item");
            }
            browser.click(browser.waitFor(By.id("plan-save")));
            browser.wait.until(d -> d.findElements(By.id("plan-save")).isEmpty());
            int expected = item + 1;
            browser.wait.until(d -> planIds().size() == before.size() + expected);
        }
        List<PlanEntry> planned = As.user("coordinator", Role.ORG_ADMIN, () -> plans.myPlan(Locale.ENGLISH)).stream()
                .filter(e -> !before.contains(e.id()))
                .toList();
        assertThat(planned).hasSize(2);
        assertThat(planned).allMatch(e -> e.practiceId().startsWith("HYG."));
        // the first practice is worked on; the second is declared done, although nothing changes
        PlanEntry improves = planned.get(0);
        PlanEntry doneOnly = planned.get(1);
        As.user(
                "coordinator",
                Role.ORG_ADMIN,
                () -> plans.update(
                        doneOnly.id(),
                        new eu.resilience.assessment.plan.PlanItemForm(
                                doneOnly.practiceId(),
                                doneOnly.action(),
                                null,
                                doneOnly.owner(),
                                doneOnly.dueOn(),
                                doneOnly.priority(),
                                PlanStatus.DONE,
                                null)));

        // the next campaign: the first practice at step 4, everything else as before
        long next = campaignFor(target);
        answerAndSubmit(next, Map.of(improves.practiceId(), "step-4"));

        browser.open(port, "plan");
        browser.waitForText(By.cssSelector("#plan-items vaadin-grid-cell-content"), "Improved");
        browser.waitForText(By.cssSelector("#plan-items vaadin-grid-cell-content"), "Done, but not improved");
        browser.screenshot("plan-4-followed");
        Map<Long, PlanEntry> now = new java.util.HashMap<>();
        As.user("coordinator", Role.ORG_ADMIN, () -> plans.myPlan(Locale.ENGLISH))
                .forEach(e -> now.put(e.id(), e));
        assertThat(now.get(improves.id()).outcome()).isEqualTo(Outcome.IMPROVED);
        assertThat(now.get(doneOnly.id()).outcome()).isEqualTo(Outcome.NOT_IMPROVED);
        assertThat(now.get(doneOnly.id()).flagged()).isTrue();
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    private List<Long> planIds() {
        return As.user("coordinator", Role.ORG_ADMIN, () -> plans.myPlan(Locale.ENGLISH)).stream()
                .map(PlanEntry::id)
                .toList();
    }

    private long campaignFor(long target) {
        long nordgrid = organizations
                .findByName("Nordgrid Energy")
                .map(Organization::getId)
                .orElseThrow();
        long campaign = As.user(
                "lead",
                Role.LEAD,
                () -> campaigns.create(new CampaignForm(
                        "Plan journey " + UUID.randomUUID(),
                        "quick-check",
                        "1.0",
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(30),
                        Set.of(nordgrid),
                        false,
                        null,
                        target)));
        return As.user("lead", Role.LEAD, () -> campaigns.participation(campaign))
                .get(0)
                .assessmentId();
    }

    private void answerAndSubmit(long assessment, Map<String, String> steps) {
        As.user("respondent", Role.RESPONDENT, () -> {
            var work = assessments.open(assessment);
            for (Practice practice : work.questionnaire().practices()) {
                if (!work.hiddenPractices().contains(practice.id())) {
                    assessments.saveAnswer(
                            assessment,
                            practice.id(),
                            AnswerInput.empty().withOption(steps.getOrDefault(practice.id(), "step-2")),
                            -1);
                }
            }
            assessments.submit(assessment);
        });
    }
}
