package eu.resilience.assessment.assessment;

import eu.resilience.assessment.questionnaire.Questionnaire;
import java.time.LocalDate;

/** One line of an organization's list of assessments. */
public record AssessmentSummary(
        long id,
        String campaignName,
        Questionnaire questionnaire,
        AssessmentStatus status,
        double progress,
        LocalDate opensOn,
        LocalDate closesOn,
        boolean answerable) {}
