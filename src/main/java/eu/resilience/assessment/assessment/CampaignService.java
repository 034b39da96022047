package eu.resilience.assessment.assessment;

import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.questionnaire.QuestionnaireStatus;
import eu.resilience.assessment.security.CurrentUser;
import eu.resilience.assessment.text.FreeText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Campaigns, run by partnership leads: each invited organization gets one assessment. */
@Service
public class CampaignService {

    static final int MAX_NAME = 200;

    private final CampaignRepository campaigns;
    private final AssessmentRepository assessments;
    private final ScoreSnapshotRepository snapshots;
    private final AnswerRepository answers;
    private final QuestionnaireService questionnaires;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ApplicationEventPublisher events;
    private final org.springframework.beans.factory.ObjectProvider<CampaignTargets> targets;

    CampaignService(
            CampaignRepository campaigns,
            AssessmentRepository assessments,
            ScoreSnapshotRepository snapshots,
            AnswerRepository answers,
            QuestionnaireService questionnaires,
            OrganizationService organizations,
            CurrentUser currentUser,
            Clock clock,
            ApplicationEventPublisher events,
            org.springframework.beans.factory.ObjectProvider<CampaignTargets> targets) {
        this.events = events;
        this.targets = targets;
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.snapshots = snapshots;
        this.answers = answers;
        this.questionnaires = questionnaires;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Creates a campaign and one assessment per invited organization. Every refusal changes nothing. */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional
    public long create(CampaignForm form) {
        String name = form.name() == null ? "" : form.name().strip();
        if (name.isEmpty()) {
            throw new AssessmentException("campaign.name-required");
        }
        if (name.length() > MAX_NAME) {
            throw new AssessmentException("text.too-long", MAX_NAME);
        }
        FreeText.refusedCharacter(name, false).ifPresent(character -> {
            throw new AssessmentException("text.unsafe.campaign-name", character);
        });
        if (campaigns.existsByNameIgnoreCase(name)) {
            throw new AssessmentException("campaign.name-taken", name);
        }
        Questionnaire questionnaire = questionnaires
                .find(form.questionnaireId(), form.questionnaireVersion())
                .orElseThrow(() -> new AssessmentException("campaign.questionnaire-required"));
        if (questionnaire.status() != QuestionnaireStatus.PUBLISHED) {
            throw new AssessmentException("campaign.questionnaire-draft", questionnaire.key());
        }
        if (form.opensOn() == null || form.closesOn() == null) {
            throw new AssessmentException("campaign.dates-required");
        }
        if (form.closesOn().isBefore(form.opensOn())) {
            throw new AssessmentException("campaign.dates-order");
        }
        if (form.organizationIds() == null || form.organizationIds().isEmpty()) {
            throw new AssessmentException("campaign.organizations-required");
        }
        List<Integer> reminderDays = reminderDays(form.reminderDays());
        List<OrganizationSummary> invited = organizations.findAll(form.organizationIds());
        if (invited.size() != form.organizationIds().size() || invited.stream().anyMatch(o -> !o.active())) {
            throw new AssessmentException("campaign.organization-unknown");
        }
        Campaign campaign = campaigns.save(new Campaign(
                name,
                questionnaire.id(),
                questionnaire.version(),
                form.opensOn(),
                form.closesOn(),
                currentUser.username().orElseThrow(),
                clock.instant()));
        campaign.setReminderDays(reminderDays);
        if (form.targetId() != null) {
            boolean known = targets.stream()
                    .flatMap(t -> t.targetsOf(questionnaire.id(), questionnaire.version()).stream())
                    .anyMatch(choice -> choice.id() == form.targetId());
            if (!known) {
                throw new AssessmentException("campaign.target-unknown", questionnaire.key());
            }
            campaign.setTargetProfileId(form.targetId());
        }
        for (OrganizationSummary organization : invited) {
            Assessment assessment = assessments.save(new Assessment(campaign, organization.id()));
            if (form.carryOver()) {
                carryOver(assessment, organization, questionnaire);
            }
        }
        events.publishEvent(new CampaignCreated(
                campaign.getId(),
                name,
                questionnaire.key(),
                form.opensOn(),
                form.closesOn(),
                invited.stream().map(OrganizationSummary::id).sorted().toList()));
        return campaign.getId();
    }

    /**
     * The campaigns still open (not closed before today) of the same questionnaire (any version) whose dates overlap
     * the form's and that already invite some of its organizations: a warning before the lead creates it.
     */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public List<CampaignOverlap> overlaps(CampaignForm form) {
        if (form.questionnaireId() == null
                || form.opensOn() == null
                || form.closesOn() == null
                || form.organizationIds() == null
                || form.organizationIds().isEmpty()) {
            return List.of();
        }
        LocalDate today = LocalDate.now(clock);
        List<CampaignOverlap> result = new ArrayList<>();
        for (Campaign other : campaigns.findAllByOrderByOpensOnDescIdDesc()) {
            if (!other.getQuestionnaireId().equals(form.questionnaireId())
                    || other.getClosesOn().isBefore(today)
                    || other.getClosesOn().isBefore(form.opensOn())
                    || other.getOpensOn().isAfter(form.closesOn())) {
                continue;
            }
            InvitedOrganizations invitedThere =
                    InvitedOrganizations.of(assessments.findByCampaignId(other.getId()), organizations);
            List<String> shared = invitedThere.assessments().stream()
                    .map(invitedThere::of)
                    .filter(o -> form.organizationIds().contains(o.id()))
                    .map(OrganizationSummary::name)
                    .toList();
            if (!shared.isEmpty()) {
                result.add(new CampaignOverlap(
                        other.getId(), other.getName(), other.getOpensOn(), other.getClosesOn(), shared));
            }
        }
        return result;
    }

    /** The most reminders a campaign may have, and the furthest one before the closing day. */
    static final int MAX_REMINDERS = 5;

    static final int MAX_REMINDER_DAYS = 90;

    private static List<Integer> reminderDays(List<Integer> requested) {
        return requested == null ? CampaignForm.DEFAULT_REMINDER_DAYS : CampaignForm.validReminderDays(requested);
    }

    /** Copies the latest submitted answers of the organization whose practice still exists, marked "to re-confirm". */
    private void carryOver(Assessment assessment, OrganizationSummary organization, Questionnaire questionnaire) {
        List<Assessment> previous = assessments.findSubmitted(organization.id(), questionnaire.id());
        if (previous.isEmpty()) {
            return;
        }
        Assessment source = previous.get(0);
        int copied = 0;
        for (Answer old : answers.findByAssessmentId(source.getId())) {
            if (questionnaire.practice(old.getPracticeId()).isPresent()) {
                Answer copy = new Answer(assessment.getId(), old.getPracticeId());
                copy.carryOver(old, clock.instant());
                answers.save(copy);
                copied++;
            }
        }
        if (copied > 0) {
            assessment.carriedOverFrom(source.getId());
        }
    }

    /**
     * Every campaign with its participation counts, newest first. An assessment counts as submitted while its latest
     * submission is in force (also when reopened or returned since: those are counted apart as reopened).
     */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public List<CampaignSummary> campaigns() {
        // four queries whatever the number of campaigns: the campaigns, every assessment's status, the submissions,
        // the assessments with answers to re-confirm
        Map<Long, List<CampaignStatusRow>> invitedOf = new HashMap<>();
        assessments.statusOfEveryAssessment().forEach(row -> invitedOf
                .computeIfAbsent(row.campaignId(), id -> new ArrayList<>())
                .add(row));
        Set<Long> withSubmission = new HashSet<>(snapshots.submittedAssessments());
        Set<Long> withAnswersToReconfirm = new HashSet<>(answers.assessmentsWithAnswersToReconfirm());
        List<CampaignSummary> result = new ArrayList<>();
        for (Campaign campaign : campaigns.findAllByOrderByOpensOnDescIdDesc()) {
            List<CampaignStatusRow> invited = invitedOf.getOrDefault(campaign.getId(), List.of());
            int started = (int) invited.stream()
                    .filter(a -> a.status() != AssessmentStatus.NOT_STARTED)
                    .count();
            int submitted = (int) invited.stream()
                    .filter(a -> withSubmission.contains(a.assessmentId()))
                    .count();
            int reopened = (int) invited.stream()
                    .filter(a -> withSubmission.contains(a.assessmentId()) && a.status() != AssessmentStatus.SUBMITTED)
                    .count();
            int toReconfirm = (int) invited.stream()
                    .filter(a -> withAnswersToReconfirm.contains(a.assessmentId()))
                    .count();
            result.add(new CampaignSummary(
                    campaign.getId(),
                    campaign.getName(),
                    campaign.getQuestionnaireId(),
                    campaign.getQuestionnaireVersion(),
                    campaign.getOpensOn(),
                    campaign.getClosesOn(),
                    invited.size(),
                    started,
                    submitted,
                    reopened,
                    toReconfirm));
        }
        return result;
    }

    /** The invited organizations of a campaign and where each stands. */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public List<Participation> participation(long campaignId) {
        if (!campaigns.existsById(campaignId)) {
            throw new AssessmentException("campaign.not-found");
        }
        java.util.Set<Long> withSubmission = new java.util.HashSet<>(snapshots.submittedAssessmentsOf(campaignId));
        java.util.Map<Long, Integer> toReconfirm = toReconfirm(campaignId);
        InvitedOrganizations invited = InvitedOrganizations.of(assessments.findByCampaignId(campaignId), organizations);
        return invited.assessments().stream()
                .map(a -> new Participation(
                        a.getId(),
                        a.getOrganizationId(),
                        invited.of(a).name(),
                        invited.of(a).sector().id(),
                        a.getStatus(),
                        a.getReturnMessage(),
                        withSubmission.contains(a.getId()),
                        a.getClosesOnExtended(),
                        toReconfirm.getOrDefault(a.getId(), 0)))
                .toList();
    }

    /** Per assessment of the campaign with carried-over answers not yet confirmed: how many. */
    private java.util.Map<Long, Integer> toReconfirm(long campaignId) {
        java.util.Map<Long, Integer> result = new java.util.HashMap<>();
        for (Object[] row : answers.toReconfirmByAssessment(campaignId)) {
            result.put(((Number) row[0]).longValue(), ((Number) row[1]).intValue());
        }
        return result;
    }

    /** The longest a lead may extend a campaign's closing day for one organization, in days after that day. */
    public static final int MAX_EXTENSION_DAYS = 366;

    /** The last day a campaign closing on {@code campaignClosesOn} may be extended to for one organization. */
    public static LocalDate lastExtensionDay(LocalDate campaignClosesOn) {
        return campaignClosesOn.plusDays(MAX_EXTENSION_DAYS);
    }

    /**
     * Extends the campaign's closing day for one organization (its assessment), so that it can be reopened, returned or
     * finished after the campaign closed for the others. Audited with the reason; the new day must be today or later and
     * at most {@value #MAX_EXTENSION_DAYS} days after the campaign's closing day, so no extension is possible any more
     * once that day has passed.
     */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional
    public void extendDeadline(long assessmentId, LocalDate closesOn, String reason) {
        Assessment assessment =
                assessments.findWithCampaign(assessmentId).orElseThrow(AssessmentException.NotFound::new);
        LocalDate campaignCloses = assessment.getCampaign().getClosesOn();
        LocalDate lastDay = lastExtensionDay(campaignCloses);
        if (LocalDate.now(clock).isAfter(lastDay)) {
            throw new AssessmentException("extension.no-longer-possible", campaignCloses, lastDay);
        }
        if (closesOn == null) {
            throw new AssessmentException("extension.date-required");
        }
        if (!closesOn.isAfter(campaignCloses)) {
            throw new AssessmentException("extension.not-after-closing", campaignCloses);
        }
        if (closesOn.isBefore(LocalDate.now(clock))) {
            throw new AssessmentException("extension.in-past");
        }
        if (closesOn.isAfter(lastDay)) {
            throw new AssessmentException("extension.too-far", MAX_EXTENSION_DAYS, lastDay);
        }
        if (reason == null || reason.isBlank()) {
            throw new AssessmentException("extension.reason-required");
        }
        if (reason.length() > 2000) {
            throw new AssessmentException("text.too-long", 2000);
        }
        FreeText.refusedCharacter(reason, true).ifPresent(character -> {
            throw new AssessmentException("text.unsafe.reason", character);
        });
        LocalDate before = assessment.closesOn();
        assessment.extendTo(closesOn);
        events.publishEvent(
                new DeadlineExtended(assessmentId, assessment.getOrganizationId(), reason.strip(), before, closesOn));
    }

    /** The names of campaigns by id, for the audit log; an unknown id is left out (one query). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Map<Long, String> campaignNames(java.util.Collection<Long> campaignIds) {
        Map<Long, String> names = new HashMap<>();
        campaigns.findAllById(campaignIds).forEach(c -> names.put(c.getId(), c.getName()));
        return names;
    }

    /** Assessments by id with their organization and campaign, for the audit log; an unknown id is left out. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<AssessmentName> assessmentNames(java.util.Collection<Long> assessmentIds) {
        return assessments.findByIdIn(assessmentIds).stream()
                .map(a -> new AssessmentName(
                        a.getId(), a.getOrganizationId(), a.getCampaign().getName()))
                .toList();
    }
}
