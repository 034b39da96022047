package eu.resilience.assessment.assessment;

import eu.resilience.assessment.questionnaire.OrganizationProfile;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.time.LocalDate;
import java.util.Map;
import java.util.Set;

/**
 * An assessment as the questionnaire screen needs it: its questionnaire, the organization's profile, the answers, and
 * whether it can be answered now (with the reason when not, as a message key and argument), and the name of the
 * campaign its answers were carried over from (null when none), and when it was last submitted (null when never).
 */
public record AssessmentWork(
        long id,
        String campaignName,
        LocalDate opensOn,
        LocalDate closesOn,
        String organizationName,
        OrganizationProfile profile,
        Questionnaire questionnaire,
        AssessmentStatus status,
        String returnMessage,
        Map<String, AnswerState> answers,
        String lockedReasonKey,
        Object lockedReasonArgument,
        String carriedOverFrom,
        java.time.Instant submittedAt) {

    public boolean isAnswerable() {
        return lockedReasonKey == null;
    }

    /** The practices hidden by their conditions for the current answers. */
    public Set<String> hiddenPractices() {
        return questionnaire.hiddenPractices(profile, optionIds(answers));
    }

    /** The answers as scoring reads them: a chosen option or N/A, by practice id. */
    public java.util.Map<String, eu.resilience.assessment.scoring.Response> responses() {
        return responses(answers);
    }

    /** Answers as scoring reads them: a chosen option or N/A, by practice id. */
    static java.util.Map<String, eu.resilience.assessment.scoring.Response> responses(
            Map<String, AnswerState> answers) {
        java.util.Map<String, eu.resilience.assessment.scoring.Response> responses = new java.util.HashMap<>();
        answers.forEach((id, answer) -> {
            if (answer.notApplicable()) {
                responses.put(id, eu.resilience.assessment.scoring.Response.notApplicable(answer.naJustification()));
            } else if (answer.optionId() != null) {
                responses.put(id, eu.resilience.assessment.scoring.Response.chosen(answer.optionId()));
            }
        });
        return responses;
    }

    /** The assessment by framework: each referenced id, the practices that cover it and their answers. */
    public java.util.List<eu.resilience.assessment.scoring.FrameworkCoverage> byFramework() {
        return eu.resilience.assessment.scoring.FrameworkCoverage.of(questionnaire, responses(), hiddenPractices());
    }

    public Progress progress() {
        return Progress.of(questionnaire, hiddenPractices(), answers);
    }

    /** Option ids by practice id, as visibility conditions see them. */
    static Map<String, String> optionIds(Map<String, AnswerState> answers) {
        Map<String, String> ids = new java.util.HashMap<>();
        answers.forEach((id, answer) ->
                ids.put(id, answer.notApplicable() ? "na" : answer.optionId() == null ? "" : answer.optionId()));
        return ids;
    }
}
