package eu.resilience.assessment.assessment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.As;
import eu.resilience.assessment.audit.AuditEvent;
import eu.resilience.assessment.audit.AuditLog;
import eu.resilience.assessment.organization.Organization;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import eu.resilience.assessment.questionnaire.Practice;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The respondents' workflow against a real database, through the secured services as the demo users: saving, conflicts,
 * review and submission, snapshot, reopening, return, carry-over, closed campaigns. Run on H2 and PostgreSQL.
 */
abstract class AssessmentWorkflowContract {

    @Autowired
    CampaignService campaigns;

    @Autowired
    AssessmentService assessments;

    @Autowired
    AssessmentRework rework;

    @Autowired
    TestOrganizations organizations;

    @Autowired
    AuditLog audit;

    @Autowired
    ScoreSnapshotRepository snapshotRepository;

    @Autowired
    SnapshotReader snapshotReader;

    @Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

    long nordgrid;
    long quickCheckAssessment;

    /** A fresh quick-check campaign for Nordgrid Energy (large, energy), so that no test sees another's answers. */
    @BeforeEach
    void newCampaign() {
        nordgrid = organizations
                .findByName("Nordgrid Energy")
                .map(Organization::getId)
                .orElseThrow();
        quickCheckAssessment = assessmentIn(campaign(
                "quick-check", LocalDate.now().minusDays(1), LocalDate.now().plusDays(30), false));
    }

    long campaign(String questionnaire, LocalDate opens, LocalDate closes, boolean carryOver) {
        return As.user(
                "lead",
                Role.LEAD,
                () -> campaigns.create(new CampaignForm(
                        "Test " + UUID.randomUUID(),
                        questionnaire,
                        "1.0",
                        opens,
                        closes,
                        Set.of(nordgrid),
                        carryOver)));
    }

    long assessmentIn(long campaignId) {
        return As.user("lead", Role.LEAD, () -> campaigns.participation(campaignId))
                .get(0)
                .assessmentId();
    }

    AnswerState save(String user, long assessment, String practice, AnswerInput input, long revision) {
        return As.user(user, Role.RESPONDENT, () -> assessments.saveAnswer(assessment, practice, input, revision));
    }

    AssessmentWork open(long assessment) {
        return As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment));
    }

    /** Answers every visible practice of the assessment with its scale's option {@code index} (0 is the first). */
    void answerAll(long assessment, int index) {
        AssessmentWork work = open(assessment);
        for (Practice practice : work.questionnaire().practices()) {
            if (open(assessment).hiddenPractices().contains(practice.id())) {
                continue;
            }
            AnswerState existing = open(assessment).answers().get(practice.id());
            String option = practice.scale().options().get(index).id();
            save(
                    "respondent",
                    assessment,
                    practice.id(),
                    AnswerInput.empty().withOption(option),
                    existing == null ? -1 : existing.revision());
        }
    }

    @Test
    void anAnswerIsSavedAtOnceWithARevisionAndMarksTheAssessmentStarted() {
        AnswerState first = save(
                "respondent",
                quickCheckAssessment,
                "HYG.1.1",
                AnswerInput.empty().withOption("step-3").withComment("patching is monthly"),
                -1);
        AnswerState second = save(
                "respondent", quickCheckAssessment, "HYG.1.1", first.input().withOption("step-4"), first.revision());

        assertThat(second.revision()).isGreaterThan(first.revision());
        AssessmentWork work = open(quickCheckAssessment);
        assertThat(work.status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(work.answers().get("HYG.1.1").optionId()).isEqualTo("step-4");
        assertThat(work.answers().get("HYG.1.1").comment()).isEqualTo("patching is monthly");
        assertThat(work.answers().get("HYG.1.1").updatedBy()).isEqualTo("respondent");
    }

    @Test
    void twoRespondentsAnsweringDifferentPracticesKeepBothAnswers() {
        AnswerState rita = save(
                "respondent",
                quickCheckAssessment,
                "HYG.1.1",
                AnswerInput.empty().withOption("step-2"),
                -1);
        AnswerState rolf = save(
                "respondent2",
                quickCheckAssessment,
                "HYG.1.2",
                AnswerInput.empty().withOption("step-5"),
                -1);

        AssessmentWork work = open(quickCheckAssessment);
        assertThat(work.answers().get("HYG.1.1").optionId()).isEqualTo("step-2");
        assertThat(work.answers().get("HYG.1.2").optionId()).isEqualTo("step-5");
        assertThat(rita.updatedBy()).isEqualTo("respondent");
        assertThat(rolf.updatedBy()).isEqualTo("respondent2");
    }

    @Test
    void anEditOfTheSameAnswerFromAStaleScreenIsRefusedAndShowsTheCurrentAnswer() {
        AnswerState seenByBoth = save(
                "respondent",
                quickCheckAssessment,
                "HYG.1.1",
                AnswerInput.empty().withOption("step-2"),
                -1);
        save(
                "respondent2",
                quickCheckAssessment,
                "HYG.1.1",
                seenByBoth.input().withOption("step-5"),
                seenByBoth.revision());

        assertThatThrownBy(() -> save(
                        "respondent",
                        quickCheckAssessment,
                        "HYG.1.1",
                        seenByBoth.input().withOption("step-1"),
                        seenByBoth.revision()))
                .isInstanceOfSatisfying(AssessmentException.StaleAnswer.class, stale -> {
                    assertThat(stale.current().optionId()).isEqualTo("step-5");
                    assertThat(stale.current().updatedBy()).isEqualTo("respondent2");
                });
        assertThat(open(quickCheckAssessment).answers().get("HYG.1.1").optionId())
                .isEqualTo("step-5");
    }

    @Test
    void aFirstAnswerFromAScreenThatShowedNoneIsAConflictWhenSomeoneAnsweredMeanwhile() {
        save("respondent2", quickCheckAssessment, "HYG.1.1", AnswerInput.empty().withOption("step-5"), -1);

        assertThatThrownBy(() -> save(
                        "respondent",
                        quickCheckAssessment,
                        "HYG.1.1",
                        AnswerInput.empty().withOption("step-1"),
                        -1))
                .isInstanceOf(AssessmentException.StaleAnswer.class);
    }

    @Test
    void badInputIsRefusedWithAReasonAndChangesNothing() {
        assertThatThrownBy(() -> save("respondent", quickCheckAssessment, "NOPE.1", AnswerInput.empty(), -1))
                .hasMessage("answer.unknown-practice");
        assertThatThrownBy(() -> save(
                        "respondent",
                        quickCheckAssessment,
                        "HYG.1.1",
                        AnswerInput.empty().withOption("step-9"),
                        -1))
                .hasMessage("answer.unknown-option");
        assertThatThrownBy(() -> save(
                        "respondent",
                        quickCheckAssessment,
                        "HYG.1.1",
                        AnswerInput.empty().withNotApplicable("we have no IT"),
                        -1))
                .hasMessage("answer.na-not-allowed");
        assertThatThrownBy(() -> save(
                        "respondent",
                        quickCheckAssessment,
                        "HYG.1.1",
                        AnswerInput.empty().withOption("step-1").withComment("x".repeat(4001)),
                        -1))
                .hasMessage("text.too-long");

        assertThat(open(quickCheckAssessment).answers()).isEmpty();
        assertThat(open(quickCheckAssessment).status()).isEqualTo(AssessmentStatus.NOT_STARTED);
    }

    @Test
    void submissionIsBlockedUntilCompleteThenLocksAndStoresTheSnapshot() {
        assertThatThrownBy(() -> As.user("respondent", Role.RESPONDENT, () -> assessments.submit(quickCheckAssessment)))
                .isInstanceOfSatisfying(
                        AssessmentException.SubmitBlocked.class,
                        blocked -> assertThat(blocked.review().unanswered()).isNotEmpty());

        answerAll(quickCheckAssessment, 3); // step-4 everywhere
        As.user("respondent", Role.RESPONDENT, () -> assessments.submit(quickCheckAssessment));

        AssessmentWork work = open(quickCheckAssessment);
        assertThat(work.status()).isEqualTo(AssessmentStatus.SUBMITTED);
        assertThat(work.isAnswerable()).isFalse();
        ScoreSnapshot snapshot = As.user(
                        "respondent", Role.RESPONDENT, () -> assessments.snapshot(quickCheckAssessment))
                .orElseThrow();
        assertThat(snapshot.getOverallMaturity()).isEqualTo(4.0);
        assertThat(snapshot.getOverallBand()).isEqualTo("managed");
        assertThat(snapshot.getOverallScore()).isEqualTo(75.0);
        assertThat(snapshot.getSector()).isEqualTo("energy");
        assertThat(snapshot.getSizeClass()).isEqualTo("large");
        assertThat(snapshot.getDomains()).hasSize(work.questionnaire().domains().size());
        assertThatThrownBy(() -> save(
                        "respondent",
                        quickCheckAssessment,
                        "HYG.1.1",
                        AnswerInput.empty().withOption("step-1"),
                        work.answers().get("HYG.1.1").revision()))
                .hasMessage("assessment.locked.submitted");
    }

    @Test
    void aSubmissionWithNothingApplicableIsStoredWithoutLevelOrScore() {
        long campaignId = jdbc.queryForObject(
                "select campaign_id from assessment where id = ?", Long.class, quickCheckAssessment);
        snapshotRepository.save(new ScoreSnapshot(
                quickCheckAssessment,
                campaignId,
                nordgrid,
                "quick-check",
                "1.0",
                "energy",
                "large",
                "DE",
                null,
                null,
                null,
                null,
                1.0,
                java.time.Instant.now(),
                List.of(new ScoreSnapshot.DomainFigures("HYG", false, null, null, null, null, 1.0))));

        SnapshotReader.Row row =
                snapshotReader.snapshotOfAssessment(quickCheckAssessment).orElseThrow();
        assertThat(row.overallLevel()).isNull();
        assertThat(row.overallScore()).isNull();
        assertThat(row.domains().get("HYG").applicable()).isFalse();
        assertThat(row.domains().get("HYG").level()).isNull();
        assertThat(snapshotReader
                        .snapshotsOf(nordgrid, "quick-check")
                        .get(campaignId)
                        .overallLevel())
                .isNull();
    }

    @Test
    void notApplicableWithoutJustificationBlocksSubmission() {
        answerAll(quickCheckAssessment, 4);
        AnswerState sup = open(quickCheckAssessment).answers().get("SUP.1.3");
        save("respondent", quickCheckAssessment, "SUP.1.3", sup.input().withNotApplicable(null), sup.revision());

        Review review = As.user("respondent", Role.RESPONDENT, () -> assessments.review(quickCheckAssessment));
        assertThat(review.naWithoutJustification()).containsExactly("SUP.1.3");
        assertThat(review.canSubmit()).isFalse();
        Progress progress = open(quickCheckAssessment).progress();
        assertThat(progress.answered()).isEqualTo(progress.visible() - 1);
        assertThat(As.user("admin", Role.ADMIN, () -> audit.eventsOf("assessment", quickCheckAssessment)))
                .extracting(AuditEvent::getNewValue)
                .contains("N/A (no justification)")
                .noneMatch(value -> value != null && value.contains("null"));
    }

    @Test
    void aCoordinatorReopensWithAReasonAndALeadReturnsWithAMessageBothAudited() {
        answerAll(quickCheckAssessment, 4);
        As.user("respondent", Role.RESPONDENT, () -> assessments.submit(quickCheckAssessment));

        assertThatThrownBy(() -> As.user("coordinator", Role.ORG_ADMIN, () -> rework.reopen(quickCheckAssessment, " ")))
                .hasMessage("reopen.reason-required");
        As.user("coordinator", Role.ORG_ADMIN, () -> rework.reopen(quickCheckAssessment, "a wrong answer in BKP"));
        assertThat(open(quickCheckAssessment).status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        // the submission stays in force until a new one replaces it
        assertThat(As.user("respondent", Role.RESPONDENT, () -> assessments.snapshot(quickCheckAssessment)))
                .isPresent();

        As.user("respondent", Role.RESPONDENT, () -> assessments.submit(quickCheckAssessment));
        As.user("lead", Role.LEAD, () -> rework.returnForRework(quickCheckAssessment, "Please explain SUP.1.1"));
        AssessmentWork returned = open(quickCheckAssessment);
        assertThat(returned.status()).isEqualTo(AssessmentStatus.RETURNED);
        assertThat(returned.returnMessage()).isEqualTo("Please explain SUP.1.1");
        assertThat(returned.isAnswerable()).isTrue();

        List<AuditEvent> events =
                As.user("admin", Role.ADMIN, () -> audit.eventsOf("assessment", quickCheckAssessment));
        assertThat(events)
                .extracting(AuditEvent::getAction)
                .contains("ANSWER_CHANGED", "SUBMITTED", "REOPENED", "RETURNED");
        AuditEvent reopened = events.stream()
                .filter(e -> e.getAction().equals("REOPENED"))
                .findFirst()
                .orElseThrow();
        assertThat(reopened.getUsername()).isEqualTo("coordinator");
        assertThat(reopened.getDetail()).isEqualTo("a wrong answer in BKP");
        assertThat(reopened.getOldValue()).isEqualTo("SUBMITTED");
        AuditEvent change = events.stream()
                .filter(e -> e.getAction().equals("ANSWER_CHANGED"))
                .findFirst()
                .orElseThrow();
        assertThat(change.getOldValue()).isEqualTo("unanswered");
        assertThat(change.getNewValue()).isEqualTo("step-5");
        assertThat(change.getOccurredAt()).isNotNull();
    }

    @Test
    void answersCannotChangeAfterTheCloseDate() {
        long closed = assessmentIn(campaign(
                "quick-check", LocalDate.now().minusDays(30), LocalDate.now().minusDays(1), false));

        assertThatThrownBy(() -> save(
                        "respondent", closed, "HYG.1.1", AnswerInput.empty().withOption("step-1"), -1))
                .hasMessage("assessment.locked.closed");
        assertThat(open(closed).lockedReasonKey()).isEqualTo("assessment.locked.closed");
    }

    @Test
    void aNewCampaignCanStartFromThePreviousAnswersMarkedToReconfirm() {
        answerAll(quickCheckAssessment, 3);
        As.user("respondent", Role.RESPONDENT, () -> assessments.submit(quickCheckAssessment));

        long next = assessmentIn(
                campaign("quick-check", LocalDate.now(), LocalDate.now().plusDays(10), true));

        AssessmentWork work = open(next);
        assertThat(work.status()).as("nobody acted yet").isEqualTo(AssessmentStatus.NOT_STARTED);
        assertThat(work.carriedOverFrom()).startsWith("Test ");
        assertThat(work.answers()).isNotEmpty();
        assertThat(work.answers().values()).allSatisfy(a -> {
            assertThat(a.toReconfirm()).isTrue();
            assertThat(a.optionId()).isEqualTo("step-4");
            assertThat(a.originBy()).isEqualTo("respondent");
            assertThat(a.originAt()).isNotNull();
        });
        assertThat(work.progress().answered()).isZero();
        assertThat(work.progress().toReconfirm()).isEqualTo(work.answers().size());
        Review review = As.user("respondent", Role.RESPONDENT, () -> assessments.review(next));
        assertThat(review.toReconfirm()).hasSize(work.answers().size());
        assertThat(review.canSubmit()).isFalse();

        AnswerState confirmed = work.answers().get("HYG.1.1");
        AnswerState saved = save("respondent", next, "HYG.1.1", confirmed.input(), confirmed.revision());
        assertThat(saved.toReconfirm()).isFalse();
        assertThat(saved.originBy()).isNull();
        assertThat(open(next).status()).isEqualTo(AssessmentStatus.IN_PROGRESS);
        assertThat(open(next).progress().answered()).isEqualTo(1);
    }

    @Test
    void campaignsRefuseBadInputWithoutCreatingAnything() {
        int before = As.user("lead", Role.LEAD, () -> campaigns.campaigns()).size();
        LocalDate today = LocalDate.now();

        assertThatThrownBy(() -> As.user(
                        "lead",
                        Role.LEAD,
                        () -> campaigns.create(
                                new CampaignForm(" ", "quick-check", "1.0", today, today, Set.of(nordgrid), false))))
                .hasMessage("campaign.name-required");
        assertThatThrownBy(() -> As.user(
                        "lead",
                        Role.LEAD,
                        () -> campaigns.create(new CampaignForm(
                                "X", "quick-check", "1.0", today, today.minusDays(1), Set.of(nordgrid), false))))
                .hasMessage("campaign.dates-order");
        assertThatThrownBy(() -> As.user(
                        "lead",
                        Role.LEAD,
                        () -> campaigns.create(
                                new CampaignForm("X", "nope", "1.0", today, today, Set.of(nordgrid), false))))
                .hasMessage("campaign.questionnaire-required");
        assertThatThrownBy(() -> As.user(
                        "lead",
                        Role.LEAD,
                        () -> campaigns.create(
                                new CampaignForm("X", "quick-check", "1.0", today, today, Set.of(), false))))
                .hasMessage("campaign.organizations-required");
        assertThatThrownBy(() -> As.user(
                        "lead",
                        Role.LEAD,
                        () -> campaigns.create(new CampaignForm(
                                "X", "quick-check", "1.0", today, today, Set.of(nordgrid, 999_999L), false))))
                .hasMessage("campaign.organization-unknown");

        assertThat(As.user("lead", Role.LEAD, () -> campaigns.campaigns())).hasSize(before);
    }

    // ---- the input rule for free texts (eu.resilience.assessment.text.FreeText), through the real services

    /** A text that displays as "invoice_txt.exe" reversed: the right-to-left override hides what it is. */
    static final String SPOOFED = "see invoice_\u202Eexe.txt";

    @Test
    void answerTextsWithControlOrDirectionOverrideCharactersAreRefusedByFieldAndChangeNothing() {
        AnswerInput answer = AnswerInput.empty().withOption("step-1");
        assertThatThrownBy(() -> save("respondent", quickCheckAssessment, "HYG.1.1", answer.withComment(SPOOFED), -1))
                .isInstanceOf(AssessmentException.class)
                .hasMessage("text.unsafe.comment")
                .satisfies(
                        e -> assertThat(((AssessmentException) e).arguments()).containsExactly("U+202E"));
        assertThatThrownBy(() -> save(
                        "respondent",
                        quickCheckAssessment,
                        "HYG.1.1",
                        answer.withEvidence("policy\u0000.pdf", true),
                        -1))
                .hasMessage("text.unsafe.evidence-note");
        assertThatThrownBy(() -> save(
                        "respondent",
                        quickCheckAssessment,
                        "HYG.1.1",
                        answer.withComment("isolated \u2067text\u2069"),
                        -1))
                .hasMessage("text.unsafe.comment");
        long baseline = assessmentIn(campaign(
                "cyber-resilience-baseline",
                LocalDate.now().minusDays(1),
                LocalDate.now().plusDays(30),
                false));
        String naAllowed = open(baseline).questionnaire().practices().stream()
                .filter(p -> p.naAllowed())
                .findFirst()
                .orElseThrow()
                .id();
        assertThatThrownBy(() -> save(
                        "respondent",
                        baseline,
                        naAllowed,
                        AnswerInput.empty().withNotApplicable("no \u202Dsuch\u202C system"),
                        -1))
                .hasMessage("text.unsafe.na-justification");

        assertThat(open(quickCheckAssessment).answers()).isEmpty();
        assertThat(open(baseline).answers()).isEmpty();

        // line breaks, tabs and the direction marks of mixed-direction text stay allowed
        AnswerState saved = save(
                "respondent",
                quickCheckAssessment,
                "HYG.1.1",
                answer.withComment("first line\n\tsecond line, \u200Fשלום\u200E (Hebrew)"),
                -1);
        assertThat(saved.comment()).contains("\n\t");
    }

    @Test
    void reasonsMessagesAndCampaignNamesFollowTheSameRule() {
        answerAll(quickCheckAssessment, 4);
        As.user("respondent", Role.RESPONDENT, () -> assessments.submit(quickCheckAssessment));

        assertThatThrownBy(() ->
                        As.user("coordinator", Role.ORG_ADMIN, () -> rework.reopen(quickCheckAssessment, SPOOFED)))
                .hasMessage("text.unsafe.reason");
        assertThatThrownBy(() -> As.user(
                        "lead", Role.LEAD, () -> rework.returnForRework(quickCheckAssessment, "fix \u001B[31m")))
                .hasMessage("text.unsafe.return-message");
        assertThat(open(quickCheckAssessment).status()).isEqualTo(AssessmentStatus.SUBMITTED);

        int before = As.user("lead", Role.LEAD, () -> campaigns.campaigns()).size();
        LocalDate today = LocalDate.now();
        for (String name : List.of("Spring \u202E2026", "Spring\n2026", "Spring\t2026")) {
            assertThatThrownBy(() -> As.user(
                            "lead",
                            Role.LEAD,
                            () -> campaigns.create(new CampaignForm(
                                    name, "quick-check", "1.0", today, today, Set.of(nordgrid), false))))
                    .hasMessage("text.unsafe.campaign-name");
        }
        assertThat(As.user("lead", Role.LEAD, () -> campaigns.campaigns())).hasSize(before);
    }
}
