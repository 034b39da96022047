package eu.resilience.assessment.assessment;

import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.questionnaire.OrganizationProfile;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import org.springframework.stereotype.Component;

/**
 * The assessments a user may act on, read as the screens need them: tenancy (an assessment of the user's organization,
 * "not found" otherwise), the questionnaire of its campaign, its answers and whether it can be answered today. Shared
 * by the assessment services, which carry the security and the transactions; no checks of roles here.
 */
@Component
class AssessmentAccess {

    private final AssessmentRepository assessments;
    private final AnswerRepository answers;
    private final QuestionnaireService questionnaires;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;
    private final Clock clock;

    AssessmentAccess(
            AssessmentRepository assessments,
            AnswerRepository answers,
            QuestionnaireService questionnaires,
            OrganizationService organizations,
            CurrentUser currentUser,
            Clock clock) {
        this.assessments = assessments;
        this.answers = answers;
        this.questionnaires = questionnaires;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    OrganizationSummary myOrganization() {
        return currentUser
                .username()
                .flatMap(organizations::organizationOf)
                .orElseThrow(AssessmentException.NotFound::new);
    }

    /** The assessment, if it belongs to the user's organization; otherwise "not found", whether it exists or not. */
    Assessment ownAssessment(long assessmentId) {
        OrganizationSummary mine = myOrganization();
        return assessments
                .findWithCampaign(assessmentId)
                .filter(a -> a.getOrganizationId() == mine.id())
                .orElseThrow(AssessmentException.NotFound::new);
    }

    Assessment anyAssessment(long assessmentId) {
        return assessments.findWithCampaign(assessmentId).orElseThrow(AssessmentException.NotFound::new);
    }

    void requireAnswerable(Assessment assessment) {
        String reason = lockedReason(assessment, LocalDate.now(clock));
        if (reason != null) {
            throw new AssessmentException(reason, reasonArgument(assessment, reason));
        }
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

    java.util.Optional<Questionnaire> findQuestionnaire(Campaign campaign) {
        return questionnaires.find(campaign.getQuestionnaireId(), campaign.getQuestionnaireVersion());
    }

    Questionnaire questionnaireOf(Assessment assessment) {
        Campaign campaign = assessment.getCampaign();
        return findQuestionnaire(campaign)
                .orElseThrow(() -> new AssessmentException(
                        "assessment.questionnaire-missing",
                        campaign.getQuestionnaireId() + " " + campaign.getQuestionnaireVersion()));
    }

    static OrganizationProfile profileOf(OrganizationSummary organization) {
        return new OrganizationProfile(
                organization.sector().id(), organization.sizeClass().id(), organization.country());
    }

    /** The organization of the assessment, as the organization module tells it today. */
    OrganizationSummary organizationOf(Assessment assessment) {
        return organizations.find(assessment.getOrganizationId()).orElseThrow(AssessmentException.NotFound::new);
    }

    Map<String, AnswerState> answerStates(long assessmentId) {
        Map<String, AnswerState> states = new HashMap<>();
        answers.findByAssessmentId(assessmentId).forEach(a -> states.put(a.getPracticeId(), a.state()));
        return states;
    }

    AssessmentWork work(Assessment assessment) {
        return work(assessment, answerStates(assessment.getId()), Map.of(), organizationOf(assessment));
    }

    /** The assessment's work with its answers given, and the campaign names of assessments already read by id. */
    AssessmentWork work(
            Assessment assessment,
            Map<String, AnswerState> states,
            Map<Long, String> knownCampaignNames,
            OrganizationSummary organization) {
        String reason = lockedReason(assessment, LocalDate.now(clock));
        Campaign campaign = assessment.getCampaign();
        return new AssessmentWork(
                assessment.getId(),
                campaign.getName(),
                campaign.getOpensOn(),
                assessment.closesOn(),
                organization.name(),
                profileOf(organization),
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
}
