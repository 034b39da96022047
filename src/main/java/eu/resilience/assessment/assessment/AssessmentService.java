package eu.resilience.assessment.assessment;

import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.scoring.ScoreCard;
import eu.resilience.assessment.security.CurrentUser;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.orm.ObjectOptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The respondents' workflow: open an assessment, save answers one at a time or several at once, review, submit, see
 * results. Every operation checks that the assessment belongs to the user's organization ({@link AssessmentAccess}):
 * tenancy is enforced here, not in the screens. Reopening and return for rework: {@link AssessmentRework}; the
 * snapshot a submission stores: {@link SubmissionSnapshots}; what blocks a submission: {@link Review#of}.
 */
@Service
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final ScoreSnapshotRepository snapshots;
    private final AssessmentAccess access;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AssessmentService(
            AssessmentRepository assessments,
            AnswerRepository answers,
            ScoreSnapshotRepository snapshots,
            AssessmentAccess access,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.assessments = assessments;
        this.answers = answers;
        this.snapshots = snapshots;
        this.access = access;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The assessments of the user's organization, newest campaign first. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<AssessmentSummary> assessmentsOfMyOrganization() {
        OrganizationSummary organization = access.myOrganization();
        List<AssessmentSummary> result = new ArrayList<>();
        List<Assessment> list = assessments.findByOrganizationIdOrderByIdDesc(organization.id());
        // one query for the answers of every listed assessment, not one per line
        Map<Long, Map<String, AnswerState>> answersOf = new HashMap<>();
        if (!list.isEmpty()) {
            answers.findByAssessmentIdIn(list.stream().map(Assessment::getId).toList())
                    .forEach(a -> answersOf
                            .computeIfAbsent(a.getAssessmentId(), id -> new HashMap<>())
                            .put(a.getPracticeId(), a.state()));
        }
        Map<Long, String> campaignNames = new HashMap<>();
        list.forEach(a -> campaignNames.put(a.getId(), a.getCampaign().getName()));
        for (Assessment assessment : list) {
            Campaign campaign = assessment.getCampaign();
            if (access.findQuestionnaire(campaign).isEmpty()) {
                // this line says so; the other assessments are listed as usual
                result.add(new AssessmentSummary(
                        assessment.getId(),
                        campaign.getName(),
                        null,
                        campaign.getQuestionnaireId() + " " + campaign.getQuestionnaireVersion(),
                        assessment.getStatus(),
                        0,
                        campaign.getOpensOn(),
                        assessment.closesOn(),
                        false));
                continue;
            }
            AssessmentWork work = access.work(
                    assessment, answersOf.getOrDefault(assessment.getId(), Map.of()), campaignNames, organization);
            result.add(new AssessmentSummary(
                    assessment.getId(),
                    campaign.getName(),
                    work.questionnaire(),
                    work.questionnaire().key(),
                    assessment.getStatus(),
                    work.progress().fraction(),
                    campaign.getOpensOn(),
                    assessment.closesOn(),
                    work.isAnswerable()));
        }
        return result;
    }

    /** Returns when the assessment is one of the user's organization's; "not found" otherwise, as for {@link #open}. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public void requireOwn(long assessmentId) {
        access.ownAssessment(assessmentId);
    }

    /** One assessment of the user's organization with its answers. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public AssessmentWork open(long assessmentId) {
        return access.work(access.ownAssessment(assessmentId));
    }

    /**
     * Saves the answer to one practice as it is given.
     *
     * @param expectedRevision the revision of the answer the user's screen shows, or -1 when it showed no answer
     * @throws AssessmentException.StaleAnswer when someone else saved this answer since: nothing is saved
     */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional
    public AnswerState saveAnswer(long assessmentId, String practiceId, AnswerInput input, long expectedRevision) {
        Assessment assessment = access.ownAssessment(assessmentId);
        access.requireAnswerable(assessment);
        Questionnaire questionnaire = access.questionnaireOf(assessment);
        Practice practice = questionnaire
                .practice(practiceId)
                .orElseThrow(() -> new AssessmentException("answer.unknown-practice", practiceId));
        InputRules.validate(practice, input);
        if (practice.visibleWhen() != null) {
            Map<String, AnswerState> current = access.answerStates(assessmentId);
            if (questionnaire
                    .hiddenPractices(
                            AssessmentAccess.profileOf(access.organizationOf(assessment)),
                            AssessmentWork.optionIds(current))
                    .contains(practiceId)) {
                throw new AssessmentException("answer.hidden", practiceId);
            }
        }
        Answer answer = answers.findByAssessmentIdAndPracticeId(assessmentId, practiceId)
                .orElse(null);
        if (answer != null && answer.getRevision() != expectedRevision) {
            throw new AssessmentException.StaleAnswer(answer.state());
        }
        String before = answer == null ? "unanswered" : answer.state().describe();
        if (answer == null) {
            answer = new Answer(assessmentId, practiceId);
        }
        answer.apply(input, currentUser.username().orElseThrow(), clock.instant());
        try {
            answer = answers.saveAndFlush(answer);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
            // another respondent saved the same answer at the same moment
            throw new AssessmentException.StaleAnswer(null);
        }
        if (assessment.getStatus() == AssessmentStatus.NOT_STARTED) {
            assessments.markStarted(assessmentId);
        }
        AnswerState saved = answer.state();
        events.publishEvent(new AnswerChanged(
                assessmentId, assessment.getOrganizationId(), practiceId, null, before, saved.describe()));
        events.publishEvent(new AnswersSaved(assessmentId, List.of(saved)));
        return saved;
    }

    /**
     * Saves several answers in one transaction, all or nothing, with the rules of {@link #saveAnswer}: tenancy, roles,
     * campaign dates, revisions (a change made from an older revision is a conflict and nothing is saved), the free-text
     * rule and the visibility conditions, evaluated in questionnaire order on the answers as they will be once every
     * change is stored. Each change is audited with {@code how} in its detail (e.g. "via workbook upload").
     *
     * @throws AssessmentException.StaleAnswer when an answer changed since its expected revision: nothing is saved
     */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional
    public List<AnswerState> saveAnswers(long assessmentId, List<AnswerChange> changes, String how) {
        Assessment assessment = access.ownAssessment(assessmentId);
        access.requireAnswerable(assessment);
        Questionnaire questionnaire = access.questionnaireOf(assessment);
        Map<String, Answer> stored = new HashMap<>();
        answers.findByAssessmentId(assessmentId).forEach(a -> stored.put(a.getPracticeId(), a));
        Map<String, AnswerState> after = new HashMap<>();
        stored.forEach((id, answer) -> after.put(id, answer.state()));
        Set<String> seen = new java.util.HashSet<>();
        for (AnswerChange change : changes) {
            Practice practice = questionnaire
                    .practice(change.practiceId())
                    .orElseThrow(() -> new AssessmentException("answer.unknown-practice", change.practiceId()));
            if (!seen.add(practice.id())) {
                throw new AssessmentException("answer.duplicate", practice.id());
            }
            InputRules.validate(practice, change.input());
            Answer answer = stored.get(practice.id());
            long revision = answer == null ? -1 : answer.getRevision();
            if (revision != change.expectedRevision()) {
                throw new AssessmentException.StaleAnswer(answer == null ? null : answer.state());
            }
            AnswerInput input = change.input();
            after.put(
                    practice.id(),
                    new AnswerState(
                            practice.id(),
                            input.notApplicable() ? null : input.optionId(),
                            input.notApplicable(),
                            input.naJustification(),
                            input.comment(),
                            input.evidenceNote(),
                            input.evidenceAvailable(),
                            input.flagged(),
                            false,
                            revision,
                            null,
                            null));
        }
        Set<String> hidden = questionnaire.hiddenPractices(
                AssessmentAccess.profileOf(access.organizationOf(assessment)), AssessmentWork.optionIds(after));
        for (AnswerChange change : changes) {
            if (hidden.contains(change.practiceId())) {
                throw new AssessmentException("answer.hidden", change.practiceId());
            }
        }
        String username = currentUser.username().orElseThrow();
        List<Answer> changed = new ArrayList<>();
        List<String> befores = new ArrayList<>();
        for (AnswerChange change : changes) {
            Answer answer = stored.get(change.practiceId());
            befores.add(answer == null ? "unanswered" : answer.state().describe());
            if (answer == null) {
                answer = new Answer(assessmentId, change.practiceId());
            }
            answer.apply(change.input(), username, clock.instant());
            changed.add(answer);
        }
        try {
            changed = answers.saveAllAndFlush(changed);
        } catch (ObjectOptimisticLockingFailureException | DataIntegrityViolationException raced) {
            // another respondent saved one of these answers at the same moment
            throw new AssessmentException.StaleAnswer(null);
        }
        List<AnswerState> saved = new ArrayList<>();
        for (int i = 0; i < changed.size(); i++) {
            AnswerState state = changed.get(i).state();
            saved.add(state);
            events.publishEvent(new AnswerChanged(
                    assessmentId,
                    assessment.getOrganizationId(),
                    state.practiceId(),
                    how,
                    befores.get(i),
                    state.describe()));
        }
        if (!saved.isEmpty() && assessment.getStatus() == AssessmentStatus.NOT_STARTED) {
            assessments.markStarted(assessmentId);
        }
        events.publishEvent(new AnswersSaved(assessmentId, saved));
        return saved;
    }

    /** The answer to one practice as stored now (after a conflict), or null when unanswered. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public AnswerState currentAnswer(long assessmentId, String practiceId) {
        access.ownAssessment(assessmentId);
        return answers.findByAssessmentIdAndPracticeId(assessmentId, practiceId)
                .map(Answer::state)
                .orElse(null);
    }

    /** What is missing before submission, and what is flagged. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public Review review(long assessmentId) {
        return Review.of(access.work(access.ownAssessment(assessmentId)));
    }

    /** Submits: locks the assessment and stores its score snapshot. Refused while the review is not clear. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional
    public void submit(long assessmentId) {
        Assessment assessment = access.ownAssessment(assessmentId);
        access.requireAnswerable(assessment);
        AssessmentWork work = access.work(assessment);
        Review review = Review.of(work);
        if (!review.canSubmit()) {
            throw new AssessmentException.SubmitBlocked(review);
        }
        ScoreCard card = scoreCard(work);
        snapshots.supersede(assessmentId, clock.instant());
        snapshots.save(SubmissionSnapshots.of(assessment, work.profile(), work.questionnaire(), card, clock.instant()));
        assessment.submitted(currentUser.username().orElseThrow(), clock.instant());
        events.publishEvent(new AssessmentSubmitted(
                assessmentId,
                assessment.getOrganizationId(),
                assessment.getCampaign().getName(),
                currentUser.username().orElseThrow(),
                card.overall()));
    }

    /** The score card of an assessment of the user's organization (provisional until submitted). */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public Results results(long assessmentId) {
        AssessmentWork work = access.work(access.ownAssessment(assessmentId));
        return new Results(work, scoreCard(work));
    }

    /**
     * The score snapshot in force of an assessment of the user's organization: its latest submission's, also while it
     * is reopened or returned.
     */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Optional<ScoreSnapshot> snapshot(long assessmentId) {
        access.ownAssessment(assessmentId);
        return snapshots.findFirstByAssessmentIdOrderByIdDesc(assessmentId);
    }

    /** Every submission's snapshot of an assessment of the user's organization, oldest first. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<ScoreSnapshot> snapshotHistory(long assessmentId) {
        access.ownAssessment(assessmentId);
        return snapshots.findByAssessmentIdOrderByIdAsc(assessmentId);
    }

    /** The target profile the campaign of an assessment of the user's organization names, if any. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Optional<Long> campaignTarget(long assessmentId) {
        return java.util.Optional.ofNullable(
                access.ownAssessment(assessmentId).getCampaign().getTargetProfileId());
    }

    static ScoreCard scoreCard(AssessmentWork work) {
        return SubmissionSnapshots.scoreCard(work.questionnaire(), work.profile(), work.answers());
    }
}
