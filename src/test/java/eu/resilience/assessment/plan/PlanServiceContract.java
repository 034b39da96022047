package eu.resilience.assessment.plan;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.As;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.AssessmentWork;
import eu.resilience.assessment.assessment.CampaignForm;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.audit.AuditLog;
import eu.resilience.assessment.organization.Organization;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import eu.resilience.assessment.questionnaire.Practice;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

/**
 * Targets and the improvement plan against a real database, through the secured services as the demo users: a lead sets
 * a target on the quick check (averaged: bands initial 1, developing 2, defined 3, managed 4, optimised 5) and names it in
 * a campaign; Nordgrid Energy answers, sees its gap, plans two items, submits the next campaign and sees which practice
 * improved. Run on H2 and PostgreSQL.
 */
abstract class PlanServiceContract {

    @Autowired
    CampaignService campaigns;

    @Autowired
    AssessmentService assessments;

    @Autowired
    TargetService targets;

    @Autowired
    PlanService plans;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    AuditLog audit;

    @Autowired
    PlanReleases planReleases;

    long nordgrid;
    long target;

    @BeforeEach
    void targetAndOrganization() {
        nordgrid = organizations
                .findByName("Nordgrid Energy")
                .map(Organization::getId)
                .orElseThrow();
        // hygiene at least "defined"; HYG.1.1 (the inventory) at least step 4
        target = As.user(
                "lead",
                Role.LEAD,
                () -> targets.create(new Target(
                        0,
                        "Quick check target " + UUID.randomUUID(),
                        "quick-check",
                        "1.0",
                        null,
                        null,
                        Map.of("HYG", DomainTarget.band("defined")),
                        Map.of("HYG.1.1", "step-4"))));
    }

    long assessmentInNewCampaign() {
        long campaign = As.user(
                "lead",
                Role.LEAD,
                () -> campaigns.create(new CampaignForm(
                        "Plan test " + UUID.randomUUID(),
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

    /** Answers every visible practice with the step given for it, or step 2, and submits. */
    void answerAndSubmit(long assessment, Map<String, String> steps) {
        for (int round = 0; round < 2; round++) {
            AssessmentWork work = As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment));
            Set<String> hidden = work.hiddenPractices();
            for (Practice practice : work.questionnaire().practices()) {
                AnswerState now = work.answers().get(practice.id());
                if (hidden.contains(practice.id()) || (now != null && now.isAnswered())) {
                    continue;
                }
                String option = steps.getOrDefault(practice.id(), "step-2");
                As.user(
                        "respondent",
                        Role.RESPONDENT,
                        () -> assessments.saveAnswer(
                                assessment,
                                practice.id(),
                                new AnswerInput(option, false, null, null, null, false, false),
                                -1));
            }
        }
        As.user("respondent", Role.RESPONDENT, () -> assessments.submit(assessment));
    }

    PlanItemForm item(String practice, String owner, LocalDate due, PlanStatus status) {
        return new PlanItemForm(practice, "Do " + practice, owner, null, due, Priority.HIGH, status, null);
    }

    PlanEntry entry(long id) {
        return As.user("respondent", Role.RESPONDENT, () -> plans.myPlan(Locale.ENGLISH)).stream()
                .filter(e -> e.id() == id)
                .findFirst()
                .orElseThrow();
    }

    @Test
    void theGapShowsTheMissedBandAndThePracticesThatCloseIt() {
        long assessment = assessmentInNewCampaign();
        answerAndSubmit(assessment, Map.of());

        TargetGap gap = As.user("respondent", Role.RESPONDENT, () -> targets.gapFor(assessment))
                .orElseThrow();

        assertThat(gap.target().id()).isEqualTo(target);
        TargetGap.DomainGap hygiene = gap.domains().stream()
                .filter(d -> d.domain().id().equals("HYG"))
                .findFirst()
                .orElseThrow();
        // every practice at step 2: maturity 2.0, band "developing", below "defined" (3)
        assertThat(hygiene.rating().maturity()).isEqualTo(2.0);
        assertThat(hygiene.reached()).isFalse();
        assertThat(hygiene.closing()).extracting(c -> c.practice().id()).contains("HYG.1.1", "HYG.1.2");
        assertThat(hygiene.closing().stream()
                        .filter(c -> c.practice().id().equals("HYG.1.1"))
                        .findFirst()
                        .orElseThrow()
                        .minimum()
                        .id())
                .isEqualTo("step-4");
        // domains without a target are reached
        assertThat(gap.missing()).extracting(d -> d.domain().id()).containsExactly("HYG");
        // the candidates of the plan start with the gap's practices, with the recommendation as the action
        List<PlanCandidate> candidates =
                As.user("coordinator", Role.ORG_ADMIN, () -> plans.candidates(assessment, Locale.ENGLISH));
        assertThat(candidates.get(0).practice().domainId()).isEqualTo("HYG");
        assertThat(candidates).allMatch(c -> c.recommendation() != null);
    }

    @Test
    void planItemsCarryOverAndTheNextSubmissionSaysWhichPracticeImproved() {
        long first = assessmentInNewCampaign();
        answerAndSubmit(first, Map.of());
        LocalDate due = LocalDate.now().plusDays(60);
        long inventory = As.user(
                "coordinator",
                Role.ORG_ADMIN,
                () -> plans.add(first, item("HYG.1.1", "respondent", due, PlanStatus.IN_PROGRESS)));
        long second = As.user(
                "coordinator", Role.ORG_ADMIN, () -> plans.add(first, item("HYG.1.2", null, due, PlanStatus.PLANNED)));
        As.user("coordinator", Role.ORG_ADMIN, () -> plans.update(second, item("HYG.1.2", null, due, PlanStatus.DONE)));
        assertThat(entry(inventory).outcome()).isNull();

        // the next campaign: the inventory is now at step 4, HYG.1.2 stays at step 2 although marked done
        long next = assessmentInNewCampaign();
        answerAndSubmit(next, Map.of("HYG.1.1", "step-4"));

        PlanEntry improved = entry(inventory);
        assertThat(improved.outcome()).isEqualTo(Outcome.IMPROVED);
        assertThat(improved.flagged()).isFalse();
        assertThat(improved.owner()).isEqualTo("respondent");
        PlanEntry doneButNot = entry(second);
        assertThat(doneButNot.status()).isEqualTo(PlanStatus.DONE);
        assertThat(doneButNot.outcome()).isEqualTo(Outcome.NOT_IMPROVED);
        assertThat(doneButNot.flagged()).isTrue();
        // the next assessment's gap no longer lists the inventory's minimum
        TargetGap gap = As.user("respondent", Role.RESPONDENT, () -> targets.gapFor(next))
                .orElseThrow();
        assertThat(gap.domains().get(0).closing()).noneMatch(c -> c.minimum() != null);
        assertThat(As.user("admin", Role.ADMIN, () -> audit.eventsOf("plan-item", inventory)))
                .extracting(e -> e.getAction())
                .containsExactly("PLAN_ITEM_ADDED", "PLAN_ITEM_FOLLOWED");
    }

    @Test
    void badInputIsRefusedWithAClearMessageAndChangesNothing() {
        long assessment = assessmentInNewCampaign();
        LocalDate due = LocalDate.now().plusDays(30);
        assertRefused(
                () -> plans.add(
                        assessment, item("HYG.1.1", null, LocalDate.now().minusDays(1), null)),
                "plan.due-past");
        assertRefused(() -> plans.add(assessment, item("HYG.1.1", "clinique", due, null)), "plan.owner-outside");
        assertRefused(() -> plans.add(assessment, item("NOPE.1", null, due, null)), "plan.practice-unknown");
        assertRefused(
                () -> plans.add(
                        assessment, new PlanItemForm("HYG.1.1", " ", null, null, due, Priority.LOW, null, null)),
                "plan.action-required");
        assertRefused(
                () -> plans.add(
                        assessment,
                        new PlanItemForm("HYG.1.1", "Act\u202Enow", null, null, due, Priority.LOW, null, null)),
                "text.unsafe.plan-action");
        long id = As.user("coordinator", Role.ORG_ADMIN, () -> plans.add(assessment, item("HYG.1.1", null, due, null)));
        assertRefused(
                () -> plans.update(
                        id, new PlanItemForm("HYG.1.1", "x", null, null, due, Priority.LOW, PlanStatus.DROPPED, null)),
                "plan.drop-reason-required");
        As.user(
                "coordinator",
                Role.ORG_ADMIN,
                () -> plans.update(
                        id,
                        new PlanItemForm(
                                "HYG.1.1",
                                "x",
                                null,
                                "Our provider",
                                due,
                                Priority.LOW,
                                PlanStatus.DROPPED,
                                "outsourced")));
        assertRefused(() -> plans.update(id, item("HYG.1.1", null, due, PlanStatus.IN_PROGRESS)), "plan.closed");
        assertThat(entry(id).status()).isEqualTo(PlanStatus.DROPPED);
        assertThat(entry(id).owner()).isEqualTo("Our provider");
        assertThat(entry(id).dropReason()).isEqualTo("outsourced");

        // respondents add notes but change nothing else
        As.user("respondent", Role.RESPONDENT, () -> plans.addNote(id, "Provider contract signed"));
        assertThat(entry(id).notes()).extracting(PlanEntry.Note::text).containsExactly("Provider contract signed");
        assertThatThrownBy(() -> As.user(
                        "respondent",
                        Role.RESPONDENT,
                        () -> plans.update(id, item("HYG.1.1", null, due, PlanStatus.PLANNED))))
                .isInstanceOf(AccessDeniedException.class);
        // another organization: "not found", like an id that does not exist
        assertThatThrownBy(() -> As.user("clinique", Role.ORG_ADMIN, () -> plans.addNote(id, "peek")))
                .isInstanceOf(PlanException.NotFound.class);
        assertThat(As.user("clinique", Role.ORG_ADMIN, () -> plans.myPlan(Locale.ENGLISH)))
                .noneMatch(e -> e.id() == id);
        assertThatThrownBy(() -> As.user("clinique", Role.ORG_ADMIN, () -> targets.gapFor(assessment)))
                .isInstanceOf(eu.resilience.assessment.assessment.AssessmentException.NotFound.class);
    }

    @Test
    void targetsRefuseWhatTheQuestionnaireDoesNotHave() {
        assertTargetRefused(Map.of("NOPE", DomainTarget.band("defined")), Map.of(), "target.domain-unknown");
        assertTargetRefused(Map.of("HYG", DomainTarget.band("excellent")), Map.of(), "target.band-unknown");
        assertTargetRefused(Map.of(), Map.of("HYG.1.1", "fully"), "target.option-unknown");
        assertTargetRefused(Map.of(), Map.of(), "target.empty");
        assertThatThrownBy(() -> As.user(
                        "coordinator",
                        Role.ORG_ADMIN,
                        () -> targets.create(new Target(
                                0,
                                "x",
                                "quick-check",
                                "1.0",
                                null,
                                null,
                                Map.of("HYG", DomainTarget.band("defined")),
                                Map.of()))))
                .isInstanceOf(AccessDeniedException.class);
        // a campaign may only name a target of its questionnaire version
        assertThatThrownBy(() -> As.user(
                        "lead",
                        Role.LEAD,
                        () -> campaigns.create(new CampaignForm(
                                "Wrong target " + UUID.randomUUID(),
                                "cyber-resilience-baseline",
                                "1.0",
                                LocalDate.now(),
                                LocalDate.now().plusDays(9),
                                Set.of(nordgrid),
                                false,
                                null,
                                target))))
                .hasMessage("campaign.target-unknown");
    }

    @Test
    void leadsSeePlanFiguresOnlyAsPublishedAggregatesOfAtLeastKOrganizations() {
        long assessment = assessmentInNewCampaign();
        String secret = "Secret action " + UUID.randomUUID();
        As.user(
                "coordinator",
                Role.ORG_ADMIN,
                () -> plans.add(
                        assessment,
                        new PlanItemForm(
                                "BKP.1.1",
                                secret,
                                null,
                                "Owner Name",
                                LocalDate.now().plusDays(40),
                                Priority.HIGH,
                                PlanStatus.PLANNED,
                                null)));

        PlanFigures release = As.user("lead", Role.LEAD, () -> planReleases.publish());

        // only Nordgrid (and perhaps a few other test organizations) have plans: fewer than k per cell, all hidden
        assertThat(release.cells()).isNotEmpty();
        assertThat(release.cells())
                .filteredOn(c -> c.sector().equals("energy") && c.domainId().equals("BKP"))
                .singleElement()
                .satisfies(cell -> {
                    assertThat(cell.suppression()).isEqualTo("too-few");
                    assertThat(cell.counts()).isNull();
                    assertThat(cell.organizations()).isNull();
                });
        assertThat(release.toString()).doesNotContain(secret).doesNotContain("Owner Name");
        // stored, never recomputed: the list returns the same release; nothing changed: no new release
        PlanFigures stored =
                As.user("lead", Role.LEAD, () -> planReleases.releases()).get(0);
        assertThat(stored.number()).isEqualTo(release.number());
        assertThat(stored.cells()).isEqualTo(release.cells());
        assertThatThrownBy(() -> As.user("lead", Role.LEAD, () -> planReleases.publish()))
                .hasMessage("plan.release.unchanged");
        assertThatThrownBy(() -> As.user("coordinator", Role.ORG_ADMIN, () -> planReleases.releases()))
                .isInstanceOf(AccessDeniedException.class);
    }

    void assertTargetRefused(Map<String, DomainTarget> domains, Map<String, String> minimums, String key) {
        int before = As.user("lead", Role.LEAD, () -> targets.targets()).size();
        assertThatThrownBy(() -> As.user(
                        "lead",
                        Role.LEAD,
                        () -> targets.create(new Target(
                                0,
                                "Refused " + UUID.randomUUID(),
                                "quick-check",
                                "1.0",
                                null,
                                null,
                                domains,
                                minimums))))
                .isInstanceOf(PlanException.class)
                .hasMessage(key);
        assertThat(As.user("lead", Role.LEAD, () -> targets.targets())).hasSize(before);
    }

    void assertRefused(Runnable step, String key) {
        int before = As.user("respondent", Role.RESPONDENT, () -> plans.myPlan(Locale.ENGLISH))
                .size();
        assertThatThrownBy(() -> As.user("coordinator", Role.ORG_ADMIN, step))
                .isInstanceOf(PlanException.class)
                .hasMessage(key);
        assertThat(As.user("respondent", Role.RESPONDENT, () -> plans.myPlan(Locale.ENGLISH)))
                .hasSize(before);
    }
}
