package eu.resilience.assessment.assessment;

/**
 * A respondent changed one answer of an assessment; published in the saving transaction, once per changed answer
 * (before the {@link AnswersSaved} of the save).
 *
 * @param how how it was given, e.g. "via workbook upload"; null on the questionnaire screen
 * @param before the answer before, as words (null when unanswered)
 * @param after the answer now, as words
 */
public record AnswerChanged(
        long assessmentId, long organizationId, String practiceId, String how, String before, String after) {}
