package eu.resilience.assessment.plan;

import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.AssessmentSubmitted;
import eu.resilience.assessment.assessment.Results;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.scoring.Blocker;
import eu.resilience.assessment.security.CurrentUser;
import eu.resilience.assessment.text.FreeText;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organization's improvement plan: coordinators turn next steps and gaps into plan items and keep them up to date;
 * respondents add notes. The plan belongs to the organization and carries over from campaign to campaign: when its next
 * assessment of the same questionnaire is submitted, each item records whether its practice improved. Tenancy: every
 * operation works on the user's own organization; another organization's item is "not found".
 */
@Service
public class PlanService {

    static final int MAX_ACTION = 2000;
    static final int MAX_OWNER = 200;

    private final PlanItemRepository items;
    private final PlanNoteRepository notes;
    private final AssessmentService assessments;
    private final TargetService targets;
    private final OrganizationService organizations;
    private final QuestionnaireService questionnaires;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanService(
            PlanItemRepository items,
            PlanNoteRepository notes,
            AssessmentService assessments,
            TargetService targets,
            OrganizationService organizations,
            QuestionnaireService questionnaires,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.items = items;
        this.notes = notes;
        this.assessments = assessments;
        this.targets = targets;
        this.organizations = organizations;
        this.questionnaires = questionnaires;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** The organization's plan, by due date. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<PlanEntry> myPlan(Locale locale) {
        OrganizationSummary mine = organizations.myOrganization();
        List<PlanItem> plan = items.findByOrganizationIdOrderByDueOnAscIdAsc(mine.id());
        Map<Long, List<PlanEntry.Note>> byItem = new HashMap<>();
        if (!plan.isEmpty()) {
            for (PlanNote note : notes.findByPlanItemIdInOrderByIdAsc(
                    plan.stream().map(PlanItem::getId).toList())) {
                byItem.computeIfAbsent(note.getPlanItemId(), id -> new ArrayList<>())
                        .add(note.toNote());
            }
        }
        Map<String, String> displayNames = new HashMap<>();
        LocalDate today = LocalDate.now(clock);
        return plan.stream()
                .map(item -> entry(item, byItem.getOrDefault(item.getId(), List.of()), displayNames, today, locale))
                .toList();
    }

    /**
     * The practices of an assessment of the user's organization that plan items could address: the practices that close
     * the gap to target first (when a target applies), then the next steps, each once, in the order of the next steps.
     */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<PlanCandidate> candidates(long assessmentId, Locale locale) {
        Results results = assessments.results(assessmentId);
        OrganizationSummary mine = organizations.myOrganization();
        Set<String> planned =
                items
                        .findByOrganizationIdAndQuestionnaireId(
                                mine.id(), results.work().questionnaire().id())
                        .stream()
                        .filter(i -> !i.getStatus().isClosed())
                        .map(PlanItem::getPracticeId)
                        .collect(Collectors.toSet());
        Map<String, PlanCandidate> candidates = new LinkedHashMap<>();
        String size = results.work().profile().size();
        targets.gapFor(assessmentId).ifPresent(gap -> gap.missing().forEach(domain -> domain.closing()
                .forEach(c -> candidates.putIfAbsent(
                        c.practice().id(),
                        new PlanCandidate(
                                c.practice(),
                                c.current(),
                                c.practice().recommendationFor(size).in(locale),
                                planned.contains(c.practice().id()))))));
        for (Blocker blocker : results.card().nextSteps()) {
            candidates.putIfAbsent(
                    blocker.practice().id(),
                    new PlanCandidate(
                            blocker.practice(),
                            blocker.current(),
                            blocker.practice().recommendationFor(size).in(locale),
                            planned.contains(blocker.practice().id())));
        }
        return List.copyOf(candidates.values());
    }

    /** Adds a plan item for a practice of an assessment of the organization; coordinators only. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional
    public long add(long assessmentId, PlanItemForm form) {
        Results results = assessments.results(assessmentId); // tenancy first
        OrganizationSummary mine = organizations.myOrganization();
        Questionnaire questionnaire = results.work().questionnaire();
        Practice practice = questionnaire
                .practice(form.practiceId() == null ? "" : form.practiceId())
                .orElseThrow(() -> new PlanException("plan.practice-unknown", String.valueOf(form.practiceId())));
        if (form.status() != null && form.status() != PlanStatus.PLANNED && form.status() != PlanStatus.IN_PROGRESS) {
            throw new PlanException("plan.new-closed");
        }
        PlanItemForm checked = withStatus(form, form.status() == null ? PlanStatus.PLANNED : form.status());
        String[] owner = validate(checked, mine, true);
        AnswerState answer = results.work().answers().get(practice.id());
        PlanItem item = new PlanItem(
                mine.id(),
                questionnaire.id(),
                practice.id(),
                assessmentId,
                answerCode(answer),
                currentUser.username().orElseThrow(),
                clock.instant());
        item.apply(checked, owner[0], owner[1], currentUser.username().orElseThrow(), clock.instant());
        item = items.save(item);
        events.publishEvent(new PlanItemAdded(item.getId(), mine.id(), practice.id(), item.describe()));
        return item.getId();
    }

    /**
     * Changes a plan item of the organization; coordinators only. A closed item (done or dropped) keeps its status: any
     * change to it is refused.
     */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional
    public void update(long itemId, PlanItemForm form) {
        OrganizationSummary mine = organizations.myOrganization();
        PlanItem item = ownItem(itemId, mine);
        if (item.getStatus().isClosed()) {
            throw new PlanException("plan.closed", itemId, item.getStatus().name());
        }
        if (form.status() == null) {
            throw new PlanException("plan.status-required");
        }
        // a due date already past may stay as it is (the item is overdue); a new one must not be in the past
        String[] owner = validate(form, mine, !item.getDueOn().equals(form.dueOn()));
        String before = item.describe();
        item.apply(form, owner[0], owner[1], currentUser.username().orElseThrow(), clock.instant());
        items.saveAndFlush(item);
        events.publishEvent(new PlanItemChanged(itemId, mine.id(), item.getPracticeId(), before, item.describe()));
    }

    /** Adds a note to a plan item of the organization; coordinators and respondents. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional
    public void addNote(long itemId, String text) {
        OrganizationSummary mine = organizations.myOrganization();
        ownItem(itemId, mine);
        if (text == null || text.isBlank()) {
            throw new PlanException("plan.note-required");
        }
        if (text.length() > MAX_ACTION) {
            throw new PlanException("text.too-long", MAX_ACTION);
        }
        FreeText.refusedCharacter(text, true).ifPresent(c -> {
            throw new PlanException("text.unsafe.plan-note", c);
        });
        notes.save(new PlanNote(itemId, currentUser.username().orElseThrow(), clock.instant(), text.strip()));
        events.publishEvent(new PlanNoteAdded(itemId, mine.id(), text.strip()));
    }

    /**
     * When an assessment is submitted, every plan item of the organization planned from an earlier assessment of the same
     * questionnaire records whether its practice improved (in the submitting transaction, as the submitter).
     */
    @EventListener
    void onSubmitted(AssessmentSubmitted submitted) {
        List<PlanItem> open = items.findByOrganizationIdOrderByDueOnAscIdAsc(submitted.organizationId()).stream()
                .filter(i -> i.getSourceAssessmentId() < submitted.assessmentId())
                .toList();
        if (open.isEmpty()) {
            return;
        }
        Results results = assessments.results(submitted.assessmentId());
        Questionnaire questionnaire = results.work().questionnaire();
        Set<String> hidden = results.work().hiddenPractices();
        for (PlanItem item : open) {
            if (!item.getQuestionnaireId().equals(questionnaire.id())) {
                continue;
            }
            String later = hidden.contains(item.getPracticeId())
                    ? null
                    : answerCode(results.work().answers().get(item.getPracticeId()));
            Outcome outcome = outcome(questionnaire.practice(item.getPracticeId()), item.getBaselineAnswer(), later);
            item.outcome(outcome, submitted.assessmentId(), later);
            events.publishEvent(new PlanItemFollowed(
                    item.getId(),
                    item.getOrganizationId(),
                    item.getPracticeId(),
                    item.getBaselineAnswer(),
                    outcome,
                    later,
                    submitted.assessmentId()));
        }
    }

    /**
     * Whether a practice improved between two answers: improved when the later option's value is higher than the earlier
     * one's (an unanswered earlier practice counts as value 0); not comparable when either answer is N/A, the later one
     * is missing, or an option is not on the practice's scale.
     */
    static Outcome outcome(Optional<Practice> practice, String before, String after) {
        if (practice.isEmpty() || after == null || "na".equals(after) || "na".equals(before)) {
            return Outcome.NOT_COMPARABLE;
        }
        Optional<ScaleOption> later = practice.get().scale().option(after);
        Optional<ScaleOption> earlier =
                before == null ? Optional.empty() : practice.get().scale().option(before);
        if (later.isEmpty() || (before != null && earlier.isEmpty())) {
            return Outcome.NOT_COMPARABLE;
        }
        double was = earlier.map(ScaleOption::value).orElse(0.0);
        return later.get().value() > was + 1e-9 ? Outcome.IMPROVED : Outcome.NOT_IMPROVED;
    }

    private static String answerCode(AnswerState answer) {
        if (answer == null || !answer.isAnswered()) {
            return null;
        }
        return answer.notApplicable() ? "na" : answer.optionId();
    }

    private PlanItem ownItem(long itemId, OrganizationSummary mine) {
        return items.findById(itemId)
                .filter(i -> i.getOrganizationId() == mine.id())
                .orElseThrow(PlanException.NotFound::new);
    }

    /** Checks a form; returns the owner as {username, free name}. */
    private String[] validate(PlanItemForm form, OrganizationSummary mine, boolean dueDateChanged) {
        String action = form.action() == null ? "" : form.action().strip();
        if (action.isEmpty()) {
            throw new PlanException("plan.action-required");
        }
        if (action.length() > MAX_ACTION) {
            throw new PlanException("text.too-long", MAX_ACTION);
        }
        FreeText.refusedCharacter(action, true).ifPresent(c -> {
            throw new PlanException("text.unsafe.plan-action", c);
        });
        if (form.dueOn() == null) {
            throw new PlanException("plan.due-required");
        }
        if (dueDateChanged && form.dueOn().isBefore(LocalDate.now(clock))) {
            throw new PlanException("plan.due-past", form.dueOn());
        }
        if (form.priority() == null) {
            throw new PlanException("plan.priority-required");
        }
        if (form.status() == PlanStatus.DROPPED
                && (form.dropReason() == null || form.dropReason().isBlank())) {
            throw new PlanException("plan.drop-reason-required");
        }
        if (form.dropReason() != null) {
            if (form.dropReason().length() > MAX_ACTION) {
                throw new PlanException("text.too-long", MAX_ACTION);
            }
            FreeText.refusedCharacter(form.dropReason(), true).ifPresent(c -> {
                throw new PlanException("text.unsafe.plan-drop-reason", c);
            });
        }
        String username = form.ownerUsername() == null || form.ownerUsername().isBlank()
                ? null
                : form.ownerUsername().strip();
        if (username != null) {
            boolean ours = organizations
                    .organizationOf(username)
                    .filter(o -> o.id() == mine.id())
                    .isPresent();
            if (!ours) {
                throw new PlanException("plan.owner-outside", username);
            }
            return new String[] {username, null};
        }
        String name = form.ownerName() == null || form.ownerName().isBlank()
                ? null
                : form.ownerName().strip();
        if (name != null) {
            if (name.length() > MAX_OWNER) {
                throw new PlanException("text.too-long", MAX_OWNER);
            }
            FreeText.refusedCharacter(name, false).ifPresent(c -> {
                throw new PlanException("text.unsafe.plan-owner", c);
            });
        }
        return new String[] {null, name};
    }

    private static PlanItemForm withStatus(PlanItemForm form, PlanStatus status) {
        return new PlanItemForm(
                form.practiceId(),
                form.action(),
                form.ownerUsername(),
                form.ownerName(),
                form.dueOn(),
                form.priority(),
                status,
                form.dropReason());
    }

    private PlanEntry entry(
            PlanItem item,
            List<PlanEntry.Note> itemNotes,
            Map<String, String> displayNames,
            LocalDate today,
            Locale locale) {
        String practiceText = latestVersion(item.getQuestionnaireId())
                .flatMap(q -> q.practice(item.getPracticeId()))
                .map(p -> p.text().in(locale))
                .orElse("");
        String owner = item.getOwnerUsername() != null ? item.getOwnerUsername() : item.getOwnerName();
        boolean flagged = item.getStatus() == PlanStatus.DONE
                && item.getOutcome() != null
                && item.getOutcome() != Outcome.IMPROVED;
        boolean overdue = !item.getStatus().isClosed() && item.getDueOn().isBefore(today);
        return new PlanEntry(
                item.getId(),
                item.getQuestionnaireId(),
                item.getPracticeId(),
                practiceText,
                item.getAction(),
                item.getOwnerUsername(),
                owner == null ? "" : owner,
                item.getDueOn(),
                item.getPriority(),
                item.getStatus(),
                item.getDropReason(),
                item.getOutcome(),
                flagged,
                overdue,
                List.copyOf(itemNotes));
    }

    private Optional<Questionnaire> latestVersion(String questionnaireId) {
        return questionnaires.catalogue().stream()
                .filter(q -> q.id().equals(questionnaireId))
                .max(Comparator.comparing(Questionnaire::version));
    }
}
