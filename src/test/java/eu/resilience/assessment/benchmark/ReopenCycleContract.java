package eu.resilience.assessment.benchmark;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.As;
import eu.resilience.assessment.TestClock;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentException;
import eu.resilience.assessment.assessment.AssessmentRework;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.AssessmentStatus;
import eu.resilience.assessment.assessment.AssessmentWork;
import eu.resilience.assessment.assessment.CampaignForm;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.CampaignSummary;
import eu.resilience.assessment.assessment.ScoreSnapshot;
import eu.resilience.assessment.audit.AuditEvent;
import eu.resilience.assessment.audit.AuditLog;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.questionnaire.Practice;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The whole reopen cycle of a closed campaign: refused until a lead extends the organization's deadline; while reopened
 * the submission still counts (lead's count, release, operator's trend); a new submission replaces it and keeps the
 * earlier one as history. Run on H2 and PostgreSQL.
 */
abstract class ReopenCycleContract {

    @Autowired
    CampaignService campaigns;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentRework rework;

    @Autowired
    BenchmarkService benchmarks;

    @Autowired
    AuditLog audit;

    @Autowired
    TestClock clock;

    @Autowired
    JdbcTemplate jdbc;

    @AfterEach
    void backToToday() {
        clock.reset();
    }

    @Test
    void aClosedCampaignIsReopenedOnlyAfterAnExtensionAndItsSubmissionCountsUntilANewOne() {
        long nordgrid = jdbc.queryForObject("select id from organization where name = 'Nordgrid Energy'", Long.class);
        long campaign = As.user(
                "lead",
                Role.LEAD,
                () -> campaigns.create(new CampaignForm(
                        "Cycle " + UUID.randomUUID(),
                        "quick-check",
                        "1.0",
                        LocalDate.now().minusDays(1),
                        LocalDate.now().plusDays(5),
                        Set.of(nordgrid),
                        false)));
        long mine = jdbc.queryForObject(
                "select id from assessment where campaign_id = ? and organization_id = ?",
                Long.class,
                campaign,
                nordgrid);
        answerAll(mine, 2);
        As.user("respondent", Role.RESPONDENT, () -> assessments.submit(mine));
        Release release = As.user("lead", Role.LEAD, () -> benchmarks.publish(campaign));
        SliceReport published = As.user("lead", Role.LEAD, () -> benchmarks.slice(release.id(), SliceKey.ALL));
        double firstScore = ownTrendScore(mine, campaign);
        assertThat(summary(campaign).submitted()).isEqualTo(1);
        assertThat(release.members()).isEqualTo(1);

        // a week after the close: nobody could submit a reopened assessment, so it is refused and nothing changes
        clock.advance(Duration.ofDays(7));
        assertThatThrownBy(() -> As.user("coordinator", Role.ORG_ADMIN, () -> rework.reopen(mine, "late fix")))
                .isInstanceOfSatisfying(AssessmentException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("reopen.campaign-closed"));
        assertThatThrownBy(() -> As.user("lead", Role.LEAD, () -> rework.returnForRework(mine, "explain")))
                .isInstanceOfSatisfying(AssessmentException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("return.campaign-closed"));
        assertThat(open(mine).status()).isEqualTo(AssessmentStatus.SUBMITTED);

        // the lead extends the deadline for this organization only (bad input refused, the good one audited)
        assertThatThrownBy(() ->
                        As.user("lead", Role.LEAD, () -> campaigns.extendDeadline(mine, LocalDate.now(), "a late fix")))
                .isInstanceOfSatisfying(AssessmentException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("extension.not-after-closing"));
        assertThatThrownBy(() -> As.user(
                        "lead",
                        Role.LEAD,
                        () -> campaigns.extendDeadline(mine, LocalDate.now().plusDays(20), " ")))
                .isInstanceOfSatisfying(AssessmentException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("extension.reason-required"));
        As.user(
                "lead",
                Role.LEAD,
                () -> campaigns.extendDeadline(mine, LocalDate.now().plusDays(20), "Correction of the BKP domain"));
        assertThat(As.user("admin", Role.ADMIN, () -> audit.eventsOf("assessment", mine)))
                .filteredOn(e -> e.getAction().equals("DEADLINE_EXTENDED"))
                .extracting(AuditEvent::getDetail)
                .containsExactly("Correction of the BKP domain");

        // reopened: answerable again, and its submission still counts everywhere
        As.user("coordinator", Role.ORG_ADMIN, () -> rework.reopen(mine, "a wrong answer in BKP"));
        AssessmentWork reopened = open(mine);
        assertThat(reopened.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(reopened.isAnswerable()).isTrue();
        assertThat(summary(campaign).submitted()).isEqualTo(1);
        assertThat(summary(campaign).reopened()).isEqualTo(1);
        assertThat(ownTrendScore(mine, campaign)).isEqualTo(firstScore);
        assertThat(As.user("respondent", Role.RESPONDENT, () -> assessments.snapshot(mine)))
                .get()
                .extracting(ScoreSnapshot::getOverallScore)
                .isEqualTo(firstScore);
        assertThatThrownBy(() -> As.user("lead", Role.LEAD, () -> benchmarks.publish(campaign)))
                .isInstanceOfSatisfying(DisclosureException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("benchmark.release.unchanged"));

        // a new submission replaces it; the earlier snapshot is kept as history, the published release never changes
        answerAll(mine, 0);
        As.user("respondent", Role.RESPONDENT, () -> assessments.submit(mine));
        double secondScore = ownTrendScore(mine, campaign);
        assertThat(secondScore).isNotEqualTo(firstScore);
        assertThat(summary(campaign).submitted()).isEqualTo(1);
        assertThat(summary(campaign).reopened()).isZero();
        List<ScoreSnapshot> history = As.user("respondent", Role.RESPONDENT, () -> assessments.snapshotHistory(mine));
        assertThat(history).extracting(ScoreSnapshot::getOverallScore).containsExactly(firstScore, secondScore);
        assertThat(history.get(0).getSupersededAt()).isNotNull();
        assertThat(history.get(1).getSupersededAt()).isNull();
        assertThat(As.user("lead", Role.LEAD, () -> benchmarks.slice(release.id(), SliceKey.ALL)))
                .isEqualTo(published);
    }

    @Test
    void aCampaignClosedLongerAgoThanAnyExtensionMayReachSaysSoInsteadOfSendingTheCoordinatorToALead() {
        long nordgrid = jdbc.queryForObject("select id from organization where name = 'Nordgrid Energy'", Long.class);
        LocalDate closes = LocalDate.now().plusDays(2);
        long campaign = As.user(
                "lead",
                Role.LEAD,
                () -> campaigns.create(new CampaignForm(
                        "Old " + UUID.randomUUID(),
                        "quick-check",
                        "1.0",
                        LocalDate.now().minusDays(1),
                        closes,
                        Set.of(nordgrid),
                        false)));
        long mine = jdbc.queryForObject(
                "select id from assessment where campaign_id = ? and organization_id = ?",
                Long.class,
                campaign,
                nordgrid);
        answerAll(mine, 1);
        As.user("respondent", Role.RESPONDENT, () -> assessments.submit(mine));
        LocalDate lastDay = closes.plusDays(366);

        // on the last day an extension may reach: the coordinator is still sent to a lead, who may extend to that day
        clock.advance(Duration.ofDays(2 + 366));
        assertThat(LocalDate.now(clock)).isEqualTo(lastDay);
        assertThatThrownBy(() -> As.user("coordinator", Role.ORG_ADMIN, () -> rework.reopen(mine, "late fix")))
                .isInstanceOfSatisfying(AssessmentException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("reopen.campaign-closed"));
        assertThatThrownBy(() -> As.user(
                        "lead", Role.LEAD, () -> campaigns.extendDeadline(mine, lastDay.plusDays(1), "a late fix")))
                .isInstanceOfSatisfying(AssessmentException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("extension.too-far");
                    assertThat(e.arguments()).containsExactly(366, lastDay);
                });

        // a day later nothing can reopen it any more: both refusals say so, the lead's extension names the last day
        clock.advance(Duration.ofDays(1));
        assertThatThrownBy(() -> As.user("coordinator", Role.ORG_ADMIN, () -> rework.reopen(mine, "late fix")))
                .isInstanceOfSatisfying(AssessmentException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("reopen.campaign-closed-for-good");
                    assertThat(e.arguments()).containsExactly(closes);
                });
        assertThatThrownBy(() -> As.user("lead", Role.LEAD, () -> rework.reopen(mine, "late fix")))
                .isInstanceOfSatisfying(AssessmentException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("reopen.campaign-closed-for-good"));
        assertThatThrownBy(() -> As.user("lead", Role.LEAD, () -> rework.returnForRework(mine, "explain")))
                .isInstanceOfSatisfying(AssessmentException.class, e -> assertThat(e.messageKey())
                        .isEqualTo("return.campaign-closed-for-good"));
        assertThatThrownBy(() -> As.user(
                        "lead", Role.LEAD, () -> campaigns.extendDeadline(mine, LocalDate.now(clock), "a late fix")))
                .isInstanceOfSatisfying(AssessmentException.class, e -> {
                    assertThat(e.messageKey()).isEqualTo("extension.no-longer-possible");
                    assertThat(e.arguments()).containsExactly(closes, lastDay);
                });
        assertThat(open(mine).status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(As.user("admin", Role.ADMIN, () -> audit.eventsOf("assessment", mine)))
                .extracting(AuditEvent::getAction)
                .doesNotContain("DEADLINE_EXTENDED", "REOPENED", "RETURNED");
    }

    private CampaignSummary summary(long campaign) {
        return As.user("lead", Role.LEAD, () -> campaigns.campaigns()).stream()
                .filter(c -> c.id() == campaign)
                .findFirst()
                .orElseThrow();
    }

    /** The operator's own trend point of this campaign, as *Compare with others* shows it. */
    private double ownTrendScore(long assessment, long campaign) {
        return As.user("respondent", Role.RESPONDENT, () -> benchmarks.forAssessment(assessment)).trend().stream()
                .filter(p -> p.campaign().id() == campaign)
                .findFirst()
                .orElseThrow()
                .score();
    }

    private AssessmentWork open(long assessment) {
        return As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment));
    }

    /** Answers every visible practice with its scale's option {@code index}. */
    private void answerAll(long assessment, int index) {
        for (Practice practice : open(assessment).questionnaire().practices()) {
            AssessmentWork work = open(assessment);
            if (work.hiddenPractices().contains(practice.id())) {
                continue;
            }
            AnswerState existing = work.answers().get(practice.id());
            AnswerInput input = existing == null ? AnswerInput.empty() : existing.input();
            As.user(
                    "respondent",
                    Role.RESPONDENT,
                    () -> assessments.saveAnswer(
                            assessment,
                            practice.id(),
                            input.withOption(
                                    practice.scale().options().get(index).id()),
                            existing == null ? -1 : existing.revision()));
        }
    }
}
