package eu.resilience.assessment.assessment;

import java.time.Instant;

/**
 * An answer as stored, with its revision and who saved it last; for an answer carried over from an earlier campaign (to
 * re-confirm), who gave it there and when.
 */
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
        Instant updatedAt,
        String originBy,
        Instant originAt) {

    /** An answer given in this assessment (no origin in an earlier campaign). */
    public AnswerState(
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
        this(
                practiceId,
                optionId,
                notApplicable,
                naJustification,
                comment,
                evidenceNote,
                evidenceAvailable,
                flagged,
                toReconfirm,
                revision,
                updatedBy,
                updatedAt,
                null,
                null);
    }

    /** Answered: an option, or N/A. */
    public boolean isAnswered() {
        return optionId != null || notApplicable;
    }

    /** N/A without the justification it always needs. */
    public boolean isMissingJustification() {
        return notApplicable && (naJustification == null || naJustification.isBlank());
    }

    /** Complete: answered, justified when N/A, and confirmed when carried over from an earlier campaign. */
    public boolean isComplete() {
        return isAnswered() && !isMissingJustification() && !toReconfirm;
    }

    public AnswerInput input() {
        return new AnswerInput(
                optionId, notApplicable, naJustification, comment, evidenceNote, evidenceAvailable, flagged);
    }

    /** A short form for the audit log. */
    String describe() {
        return (notApplicable
                        ? isMissingJustification() ? "N/A (no justification)" : "N/A (" + naJustification + ")"
                        : optionId == null ? "unanswered" : optionId)
                + (comment == null || comment.isBlank() ? "" : "; comment: " + comment)
                + (evidenceNote == null || evidenceNote.isBlank() ? "" : "; evidence: " + evidenceNote)
                + (evidenceAvailable ? "; evidence available" : "")
                + (flagged ? "; flagged" : "");
    }
}
