package eu.resilience.assessment.plan;

import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.CampaignTargets;
import eu.resilience.assessment.assessment.Results;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.questionnaire.ScoringMethod;
import eu.resilience.assessment.security.CurrentUser;
import eu.resilience.assessment.text.FreeText;
import java.time.Clock;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Target profiles: partnership leads and administrators set them per questionnaire version; operators see the gap of
 * their assessments to the target that applies (the campaign's, or the most specific one for their sector and size).
 */
@Service
public class TargetService implements CampaignTargets {

    static final int MAX_NAME = 200;

    private final TargetProfileRepository profiles;
    private final QuestionnaireService questionnaires;
    private final AssessmentService assessments;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    TargetService(
            TargetProfileRepository profiles,
            QuestionnaireService questionnaires,
            AssessmentService assessments,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.profiles = profiles;
        this.questionnaires = questionnaires;
        this.assessments = assessments;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Every target profile, by questionnaire and name. */
    @PreAuthorize("hasAnyRole('LEAD', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Target> targets() {
        return profiles.findAllByOrderByQuestionnaireIdAscNameAsc().stream()
                .map(TargetProfile::toTarget)
                .toList();
    }

    /** Creates a target profile (its id is ignored). Every refusal names what is wrong and changes nothing. */
    @PreAuthorize("hasAnyRole('LEAD', 'ADMIN')")
    @Transactional
    public long create(Target draft) {
        String name = draft.name() == null ? "" : draft.name().strip();
        if (name.isEmpty()) {
            throw new PlanException("target.name-required");
        }
        if (name.length() > MAX_NAME) {
            throw new PlanException("text.too-long", MAX_NAME);
        }
        FreeText.refusedCharacter(name, false).ifPresent(c -> {
            throw new PlanException("text.unsafe.target-name", c);
        });
        Questionnaire questionnaire = questionnaires
                .find(draft.questionnaireId(), draft.questionnaireVersion())
                .orElseThrow(() -> new PlanException("target.questionnaire-required"));
        if (profiles.existsByQuestionnaireIdAndQuestionnaireVersionAndNameIgnoreCase(
                questionnaire.id(), questionnaire.version(), name)) {
            throw new PlanException("target.name-taken", name, questionnaire.key());
        }
        if (draft.sector() != null && Sector.byId(draft.sector()).isEmpty()) {
            throw new PlanException("target.sector-unknown", draft.sector());
        }
        if (draft.sizeClass() != null
                && Arrays.stream(SizeClass.values()).noneMatch(s -> s.id().equals(draft.sizeClass()))) {
            throw new PlanException("target.size-unknown", draft.sizeClass());
        }
        validateDomains(questionnaire, draft.domains());
        validateMinimums(questionnaire, draft.practiceMinimums());
        if (draft.domains().isEmpty() && draft.practiceMinimums().isEmpty()) {
            throw new PlanException("target.empty");
        }
        Target target = new Target(
                0,
                name,
                questionnaire.id(),
                questionnaire.version(),
                draft.sector(),
                draft.sizeClass(),
                draft.domains(),
                draft.practiceMinimums());
        TargetProfile saved =
                profiles.save(new TargetProfile(target, currentUser.username().orElseThrow(), clock.instant()));
        events.publishEvent(new TargetCreated(
                saved.getId(), name, questionnaire.key(), draft.sector(), draft.sizeClass(), describe(target)));
        return saved.getId();
    }

    /** The target profiles of a questionnaire version, for the campaign form. */
    @Override
    @PreAuthorize("hasAnyRole('LEAD', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Choice> targetsOf(String questionnaireId, String questionnaireVersion) {
        return profiles
                .findByQuestionnaireIdAndQuestionnaireVersionOrderByIdDesc(questionnaireId, questionnaireVersion)
                .stream()
                .map(p -> new Choice(p.getId(), p.toTarget().name()))
                .toList();
    }

    /**
     * The gap of an assessment of the user's organization to the target that applies to it: the one its campaign names,
     * otherwise the most specific one of its questionnaire version for the organization's sector and size class (the
     * newest among equals); empty when none applies.
     */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<TargetGap> gapFor(long assessmentId) {
        return gapFor(assessments.results(assessmentId)); // tenancy: "not found" for another organization
    }

    /** The gap of results the caller already read (through the assessment service, which checked tenancy). */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public Optional<TargetGap> gapFor(Results results) {
        return targetFor(results, assessments.campaignTarget(results.work().id()))
                .map(target -> GapCalculator.gap(
                        results.card(), optionIds(results), results.work().hiddenPractices(), target));
    }

    private Optional<Target> targetFor(Results results, Optional<Long> campaignTarget) {
        if (campaignTarget.isPresent()) {
            return profiles.findById(campaignTarget.get()).map(TargetProfile::toTarget);
        }
        Questionnaire questionnaire = results.work().questionnaire();
        var profile = results.work().profile();
        return profiles
                .findByQuestionnaireIdAndQuestionnaireVersionOrderByIdDesc(questionnaire.id(), questionnaire.version())
                .stream()
                .map(TargetProfile::toTarget)
                .filter(t -> t.appliesTo(profile.sector(), profile.size()))
                .max(Comparator.comparingInt(Target::specificity)); // the first (newest) among equals
    }

    static Map<String, String> optionIds(Results results) {
        Map<String, String> ids = new java.util.HashMap<>();
        results.work().answers().forEach((id, answer) -> {
            if (answer.notApplicable()) {
                ids.put(id, "na");
            } else if (answer.optionId() != null) {
                ids.put(id, answer.optionId());
            }
        });
        return ids;
    }

    private static void validateDomains(Questionnaire questionnaire, Map<String, DomainTarget> domains) {
        boolean cumulative = questionnaire.method() == ScoringMethod.CUMULATIVE;
        domains.forEach((domainId, target) -> {
            if (questionnaire.domain(domainId).isEmpty()) {
                throw new PlanException("target.domain-unknown", domainId, questionnaire.key());
            }
            if (target == null) {
                throw new PlanException("target.level-invalid", domainId, questionnaire.maxLevel());
            }
            if (cumulative && (target.level() < 1 || target.level() > questionnaire.maxLevel())) {
                throw new PlanException("target.level-invalid", domainId, questionnaire.maxLevel());
            }
            if (!cumulative && questionnaire.bands().stream().noneMatch(b -> b.id().equals(target.bandId()))) {
                throw new PlanException("target.band-unknown", domainId, String.valueOf(target.bandId()));
            }
        });
    }

    private static void validateMinimums(Questionnaire questionnaire, Map<String, String> minimums) {
        minimums.forEach((practiceId, optionId) -> {
            Practice practice = questionnaire
                    .practice(practiceId)
                    .orElseThrow(() -> new PlanException("target.practice-unknown", practiceId, questionnaire.key()));
            if (optionId == null || practice.scale().option(optionId).isEmpty()) {
                throw new PlanException("target.option-unknown", String.valueOf(optionId), practiceId);
            }
        });
    }

    private static String describe(Target target) {
        return new TreeMap<>(target.domains())
                        .entrySet().stream()
                                .map(e -> e.getKey() + "="
                                        + (e.getValue().bandId() == null
                                                ? "L" + e.getValue().level()
                                                : e.getValue().bandId()))
                                .reduce((a, b) -> a + ", " + b)
                                .orElse("")
                + (target.practiceMinimums().isEmpty() ? "" : "; minimums " + new TreeMap<>(target.practiceMinimums()));
    }
}
