package eu.resilience.assessment.assessment;

import java.time.Instant;

/** An answer as stored, with its revision and who saved it last. */
public record AnswerState(
        String practiceId,
        String optionId,
        boolean notApplicable,
        String naJustification,
        String comment,
        String evidenceNote,
        boolean evidenceAvailable,
        boolean flagged,
        boolean toReconfirm,
        long revision,
        String updatedBy,
        Instant updatedAt) {

    /** Answered: an option, or N/A. */
    public boolean isAnswered() {
        return optionId != null || notApplicable;
    }

    public AnswerInput input() {
        return new AnswerInput(
                optionId, notApplicable, naJustification, comment, evidenceNote, evidenceAvailable, flagged);
    }

    /** A short form for the audit log. */
    String describe() {
        return (notApplicable ? "N/A (" + naJustification + ")" : optionId == null ? "unanswered" : optionId)
                + (comment == null || comment.isBlank() ? "" : "; comment: " + comment)
                + (evidenceNote == null || evidenceNote.isBlank() ? "" : "; evidence: " + evidenceNote)
                + (evidenceAvailable ? "; evidence available" : "")
                + (flagged ? "; flagged" : "");
    }
}
