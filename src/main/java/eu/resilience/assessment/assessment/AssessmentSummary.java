package eu.resilience.assessment.assessment;

import eu.resilience.assessment.questionnaire.Questionnaire;
import java.time.LocalDate;

/**
 * One line of an organization's list of assessments.
 *
 * @param questionnaire the campaign's questionnaire version, or null when it is not in the catalogue (then the line
 *     can only say so, and {@code questionnaireKey} names the missing version)
 */
public record AssessmentSummary(
        long id,
        String campaignName,
        Questionnaire questionnaire,
        String questionnaireKey,
        AssessmentStatus status,
        double progress,
        LocalDate opensOn,
        LocalDate closesOn,
        boolean answerable) {

    /** Whether the campaign's questionnaire is loaded; when it is not, the assessment cannot be opened for now. */
    public boolean questionnaireAvailable() {
        return questionnaire != null;
    }
}
