package eu.resilience.assessment.assessment;

import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.text.FreeText;

/** The rules for what users type into an assessment: answers against their practice, and the texts of lead actions. */
final class InputRules {

    private InputRules() {}

    static void requireText(String text, String key, String field) {
        if (text == null || text.isBlank()) {
            throw new AssessmentException(key);
        }
        if (text.length() > 2000) {
            throw new AssessmentException("text.too-long", 2000);
        }
        requireSafe(text, field);
    }

    /** The input rule for free texts ({@link FreeText}): refused with a message that names the field. */
    static void requireSafe(String text, String field) {
        FreeText.refusedCharacter(text, true).ifPresent(character -> {
            throw new AssessmentException("text.unsafe." + field, character);
        });
    }

    static void validate(Practice practice, AnswerInput input) {
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
}
