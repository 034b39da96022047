package eu.resilience.assessment.assessment;

import eu.resilience.assessment.organization.Organization;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.questionnaire.OrganizationProfile;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.scoring.DomainScore;
import eu.resilience.assessment.scoring.ScoreCard;
import eu.resilience.assessment.scoring.ScoringEngine;
import eu.resilience.assessment.security.CurrentUser;
import eu.resilience.assessment.text.FreeText;
import java.time.Clock;
import java.time.LocalDate;
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
 * The respondents' workflow: open an assessment, save answers one at a time, review, submit, see results; and the
 * reopening and return for rework. Every operation checks that the assessment belongs to the user's organization (or
 * that the user is a partnership lead where the operation allows it): tenancy is enforced here, not in the screens.
 */
@Service
public class AssessmentService {

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final ScoreSnapshotRepository snapshots;
    private final QuestionnaireService questionnaires;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;

    AssessmentService(
            AssessmentRepository assessments,
            AnswerRepository answers,
            ScoreSnapshotRepository snapshots,
            QuestionnaireService questionnaires,
            OrganizationService organizations,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events) {
        this.events = events;
        this.assessments = assessments;
        this.answers = answers;
        this.snapshots = snapshots;
        this.questionnaires = questionnaires;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** The assessments of the user's organization, newest campaign first. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<AssessmentSummary> assessmentsOfMyOrganization() {
        Organization organization = myOrganization();
        List<AssessmentSummary> result = new ArrayList<>();
        List<Assessment> list = assessments.findByOrganizationIdOrderByIdDesc(organization.getId());
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
            if (findQuestionnaire(campaign).isEmpty()) {
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
            AssessmentWork work = work(assessment, answersOf.getOrDefault(assessment.getId(), Map.of()), campaignNames);
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
        ownAssessment(assessmentId);
    }

    /** One assessment of the user's organization with its answers. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public AssessmentWork open(long assessmentId) {
        return work(ownAssessment(assessmentId));
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
        Assessment assessment = ownAssessment(assessmentId);
        requireAnswerable(assessment);
        Questionnaire questionnaire = questionnaireOf(assessment);
        Practice practice = questionnaire
                .practice(practiceId)
                .orElseThrow(() -> new AssessmentException("answer.unknown-practice", practiceId));
        validate(practice, input);
        if (practice.visibleWhen() != null) {
            Map<String, AnswerState> current = answerStates(assessmentId);
            if (questionnaire
                    .hiddenPractices(profileOf(assessment.getOrganization()), optionIds(current))
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
                assessmentId, assessment.getOrganization().getId(), practiceId, null, before, saved.describe()));
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
        Assessment assessment = ownAssessment(assessmentId);
        requireAnswerable(assessment);
        Questionnaire questionnaire = questionnaireOf(assessment);
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
            validate(practice, change.input());
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
        Set<String> hidden = questionnaire.hiddenPractices(profileOf(assessment.getOrganization()), optionIds(after));
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
                    assessment.getOrganization().getId(),
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
        ownAssessment(assessmentId);
        return answers.findByAssessmentIdAndPracticeId(assessmentId, practiceId)
                .map(Answer::state)
                .orElse(null);
    }

    /** What is missing before submission, and what is flagged. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public Review review(long assessmentId) {
        return review(work(ownAssessment(assessmentId)));
    }

    /** Submits: locks the assessment and stores its score snapshot. Refused while the review is not clear. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional
    public void submit(long assessmentId) {
        Assessment assessment = ownAssessment(assessmentId);
        requireAnswerable(assessment);
        AssessmentWork work = work(assessment);
        Review review = review(work);
        if (!review.canSubmit()) {
            throw new AssessmentException.SubmitBlocked(review);
        }
        ScoreCard card = scoreCard(work);
        Organization organization = assessment.getOrganization();
        List<ScoreSnapshot.DomainFigures> domains = new ArrayList<>();
        for (DomainScore domain : card.domains()) {
            domains.add(new ScoreSnapshot.DomainFigures(
                    domain.domain().id(),
                    domain.rating().isApplicable(),
                    domain.rating().levelOrNull(),
                    domain.rating().band() == null
                            ? null
                            : domain.rating().band().id(),
                    domain.rating().maturity(),
                    domain.rating().score(),
                    domain.rating().completeness()));
        }
        snapshots.supersede(assessmentId, clock.instant());
        snapshots.save(new ScoreSnapshot(
                assessment.getId(),
                assessment.getCampaign().getId(),
                organization.getId(),
                work.questionnaire().id(),
                work.questionnaire().version(),
                organization.getSector().id(),
                organization.getSizeClass().id(),
                organization.getCountry(),
                card.overall().levelOrNull(),
                card.overall().band() == null ? null : card.overall().band().id(),
                card.overall().maturity(),
                card.overall().score(),
                card.overall().completeness(),
                clock.instant(),
                domains));
        assessment.submitted(currentUser.username().orElseThrow(), clock.instant());
        events.publishEvent(new AssessmentSubmitted(
                assessmentId,
                organization.getId(),
                assessment.getCampaign().getName(),
                currentUser.username().orElseThrow(),
                card.overall()));
    }

    /** The score card of an assessment of the user's organization (provisional until submitted). */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public Results results(long assessmentId) {
        AssessmentWork work = work(ownAssessment(assessmentId));
        return new Results(work, scoreCard(work));
    }

    /**
     * Reopens a submitted assessment: its coordinator, or a partnership lead. Audited with the reason. Refused after the
     * campaign's closing day (or the organization's extension of it): nobody could submit it again. The refusal sends
     * the coordinator to a lead while an extension is still possible, and says the submission stays as it is once the
     * campaign closed more than {@value CampaignService#MAX_EXTENSION_DAYS} days ago. The submitted snapshot stays in
     * force for benchmarks and trends until a new submission replaces it.
     */
    @PreAuthorize("hasAnyRole('ORG_ADMIN', 'LEAD')")
    @Transactional
    public void reopen(long assessmentId, String reason) {
        Assessment assessment =
                currentUser.hasRole(Role.LEAD) ? anyAssessment(assessmentId) : ownAssessment(assessmentId);
        requireSubmitted(assessment);
        requireText(reason, "reopen.reason-required", "reason");
        requireBeforeClosing(assessment, "reopen.campaign-closed");
        assessment.reopened();
        events.publishEvent(new AssessmentReopened(
                assessmentId, assessment.getOrganization().getId(), reason));
    }

    /**
     * Returns a submitted assessment for rework with a message the respondents see; partnership leads only. Refused
     * after the closing day unless the deadline is extended for the organization; the submitted snapshot stays in force.
     */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional
    public void returnForRework(long assessmentId, String message) {
        Assessment assessment = anyAssessment(assessmentId);
        requireSubmitted(assessment);
        requireText(message, "return.message-required", "return-message");
        requireBeforeClosing(assessment, "return.campaign-closed");
        assessment.returned(message.strip());
        events.publishEvent(new AssessmentReturned(
                assessmentId,
                assessment.getOrganization().getId(),
                assessment.getCampaign().getName(),
                assessment.closesOn(),
                message.strip()));
    }

    /**
     * The score snapshot in force of an assessment of the user's organization: its latest submission's, also while it
     * is reopened or returned.
     */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Optional<ScoreSnapshot> snapshot(long assessmentId) {
        ownAssessment(assessmentId);
        return snapshots.findFirstByAssessmentIdOrderByIdDesc(assessmentId);
    }

    /** Every submission's snapshot of an assessment of the user's organization, oldest first. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<ScoreSnapshot> snapshotHistory(long assessmentId) {
        ownAssessment(assessmentId);
        return snapshots.findByAssessmentIdOrderByIdAsc(assessmentId);
    }

    /** The target profile the campaign of an assessment of the user's organization names, if any. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public java.util.Optional<Long> campaignTarget(long assessmentId) {
        return java.util.Optional.ofNullable(
                ownAssessment(assessmentId).getCampaign().getTargetProfileId());
    }

    // ---- rules shared by the operations above

    private Organization myOrganization() {
        return currentUser
                .username()
                .flatMap(organizations::organizationOf)
                .orElseThrow(AssessmentException.NotFound::new);
    }

    /** The assessment, if it belongs to the user's organization; otherwise "not found", whether it exists or not. */
    private Assessment ownAssessment(long assessmentId) {
        Organization mine = myOrganization();
        return assessments
                .findWithCampaign(assessmentId)
                .filter(a -> a.getOrganization().getId().equals(mine.getId()))
                .orElseThrow(AssessmentException.NotFound::new);
    }

    private Assessment anyAssessment(long assessmentId) {
        return assessments.findWithCampaign(assessmentId).orElseThrow(AssessmentException.NotFound::new);
    }

    private void requireAnswerable(Assessment assessment) {
        String reason = lockedReason(assessment, LocalDate.now(clock));
        if (reason != null) {
            throw new AssessmentException(reason, reasonArgument(assessment, reason));
        }
    }

    /**
     * Refuses after the assessment's closing day: with {@code key} while a lead may still extend it, or with
     * {@code key + "-for-good"} once the campaign closed longer ago than any extension may reach.
     */
    private void requireBeforeClosing(Assessment assessment, String key) {
        LocalDate today = LocalDate.now(clock);
        if (today.isAfter(assessment.closesOn())) {
            LocalDate campaignCloses = assessment.getCampaign().getClosesOn();
            if (today.isAfter(CampaignService.lastExtensionDay(campaignCloses))) {
                throw new AssessmentException(key + "-for-good", campaignCloses);
            }
            throw new AssessmentException(key, assessment.closesOn());
        }
    }

    private static void requireSubmitted(Assessment assessment) {
        if (assessment.getStatus() != AssessmentStatus.SUBMITTED) {
            throw new AssessmentException("assessment.not-submitted");
        }
    }

    private static void requireText(String text, String key, String field) {
        if (text == null || text.isBlank()) {
            throw new AssessmentException(key);
        }
        if (text.length() > 2000) {
            throw new AssessmentException("text.too-long", 2000);
        }
        requireSafe(text, field);
    }

    /** The input rule for free texts ({@link FreeText}): refused with a message that names the field. */
    private static void requireSafe(String text, String field) {
        FreeText.refusedCharacter(text, true).ifPresent(character -> {
            throw new AssessmentException("text.unsafe." + field, character);
        });
    }

    private static String lockedReason(Assessment assessment, LocalDate today) {
        if (assessment.getStatus() == AssessmentStatus.SUBMITTED) {
            return "assessment.locked.submitted";
        }
        if (today.isBefore(assessment.getCampaign().getOpensOn())) {
            return "assessment.locked.not-open";
        }
        if (today.isAfter(assessment.closesOn())) {
            return "assessment.locked.closed";
        }
        return null;
    }

    private static Object reasonArgument(Assessment assessment, String reason) {
        return switch (reason) {
            case "assessment.locked.not-open" -> assessment.getCampaign().getOpensOn();
            case "assessment.locked.closed" -> assessment.closesOn();
            default -> "";
        };
    }

    private static void validate(Practice practice, AnswerInput input) {
        if (input.notApplicable()) {
            if (!practice.naAllowed()) {
                throw new AssessmentException("answer.na-not-allowed", practice.id());
            }
        } else if (input.optionId() != null
                && practice.scale().option(input.optionId()).isEmpty()) {
            throw new AssessmentException("answer.unknown-option", input.optionId(), practice.id());
        }
        if (tooLong(input.comment(), AnswerInput.MAX_TEXT) || tooLong(input.evidenceNote(), AnswerInput.MAX_TEXT)) {
            throw new AssessmentException("text.too-long", AnswerInput.MAX_TEXT);
        }
        if (tooLong(input.naJustification(), AnswerInput.MAX_JUSTIFICATION)) {
            throw new AssessmentException("text.too-long", AnswerInput.MAX_JUSTIFICATION);
        }
        requireSafe(input.comment(), "comment");
        requireSafe(input.evidenceNote(), "evidence-note");
        requireSafe(input.naJustification(), "na-justification");
    }

    private static boolean tooLong(String text, int max) {
        return text != null && text.length() > max;
    }

    private java.util.Optional<Questionnaire> findQuestionnaire(Campaign campaign) {
        return questionnaires.find(campaign.getQuestionnaireId(), campaign.getQuestionnaireVersion());
    }

    private Questionnaire questionnaireOf(Assessment assessment) {
        Campaign campaign = assessment.getCampaign();
        return findQuestionnaire(campaign)
                .orElseThrow(() -> new AssessmentException(
                        "assessment.questionnaire-missing",
                        campaign.getQuestionnaireId() + " " + campaign.getQuestionnaireVersion()));
    }

    static OrganizationProfile profileOf(Organization organization) {
        return new OrganizationProfile(
                organization.getSector().id(), organization.getSizeClass().id(), organization.getCountry());
    }

    private Map<String, AnswerState> answerStates(long assessmentId) {
        Map<String, AnswerState> states = new HashMap<>();
        answers.findByAssessmentId(assessmentId).forEach(a -> states.put(a.getPracticeId(), a.state()));
        return states;
    }

    private AssessmentWork work(Assessment assessment) {
        return work(assessment, answerStates(assessment.getId()), Map.of());
    }

    /** The assessment's work with its answers given, and the campaign names of assessments already read by id. */
    private AssessmentWork work(
            Assessment assessment, Map<String, AnswerState> states, Map<Long, String> knownCampaignNames) {
        String reason = lockedReason(assessment, LocalDate.now(clock));
        Campaign campaign = assessment.getCampaign();
        return new AssessmentWork(
                assessment.getId(),
                campaign.getName(),
                campaign.getOpensOn(),
                assessment.closesOn(),
                assessment.getOrganization().getName(),
                profileOf(assessment.getOrganization()),
                questionnaireOf(assessment),
                assessment.getStatus(),
                assessment.getReturnMessage(),
                Map.copyOf(states),
                reason,
                reason == null ? null : reasonArgument(assessment, reason),
                assessment.getCarriedOverFrom() == null
                        ? null
                        : knownCampaignNames.containsKey(assessment.getCarriedOverFrom())
                                ? knownCampaignNames.get(assessment.getCarriedOverFrom())
                                : assessments
                                        .findWithCampaign(assessment.getCarriedOverFrom())
                                        .map(source -> source.getCampaign().getName())
                                        .orElse(null),
                assessment.getSubmittedAt());
    }

    static Review review(AssessmentWork work) {
        Set<String> hidden = work.hiddenPractices();
        List<String> unanswered = new ArrayList<>();
        List<String> naWithoutJustification = new ArrayList<>();
        List<String> toReconfirm = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        for (Practice practice : work.questionnaire().practices()) {
            if (hidden.contains(practice.id())) {
                continue;
            }
            AnswerState answer = work.answers().get(practice.id());
            if (answer == null || !answer.isAnswered()) {
                unanswered.add(practice.id());
            } else if (answer.isMissingJustification()) {
                naWithoutJustification.add(practice.id());
            }
            if (answer != null && answer.toReconfirm()) {
                toReconfirm.add(practice.id());
            }
            if (answer != null && answer.flagged()) {
                flagged.add(practice.id());
            }
        }
        return new Review(
                List.copyOf(unanswered),
                List.copyOf(naWithoutJustification),
                List.copyOf(toReconfirm),
                List.copyOf(flagged));
    }

    static ScoreCard scoreCard(AssessmentWork work) {
        return ScoringEngine.score(work.questionnaire(), work.responses(), work.hiddenPractices());
    }

    /** Option ids by practice id, as visibility conditions see them. */
    static Map<String, String> optionIds(Map<String, AnswerState> answers) {
        Map<String, String> ids = new HashMap<>();
        answers.forEach((id, answer) ->
                ids.put(id, answer.notApplicable() ? "na" : answer.optionId() == null ? "" : answer.optionId()));
        return ids;
    }
}
