package eu.resilience.assessment.assessment;

/**
 * What a respondent gives for one practice: an option or N/A (with its justification), a comment, an evidence note and
 * flag, and a "flag for review" mark.
 */
public record AnswerInput(
        String optionId,
        boolean notApplicable,
        String naJustification,
        String comment,
        String evidenceNote,
        boolean evidenceAvailable,
        boolean flagged) {

    public static final int MAX_TEXT = 4000;
    public static final int MAX_JUSTIFICATION = 2000;

    public static AnswerInput empty() {
        return new AnswerInput(null, false, null, null, null, false, false);
    }

    public AnswerInput withOption(String option) {
        return new AnswerInput(option, false, naJustification, comment, evidenceNote, evidenceAvailable, flagged);
    }

    public AnswerInput withNotApplicable(String justification) {
        return new AnswerInput(null, true, justification, comment, evidenceNote, evidenceAvailable, flagged);
    }

    public AnswerInput withComment(String text) {
        return new AnswerInput(
                optionId, notApplicable, naJustification, text, evidenceNote, evidenceAvailable, flagged);
    }

    public AnswerInput withEvidence(String note, boolean available) {
        return new AnswerInput(optionId, notApplicable, naJustification, comment, note, available, flagged);
    }

    public AnswerInput withFlag(boolean flag) {
        return new AnswerInput(
                optionId, notApplicable, naJustification, comment, evidenceNote, evidenceAvailable, flag);
    }
}
