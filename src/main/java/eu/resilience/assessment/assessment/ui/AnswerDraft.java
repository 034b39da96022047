package eu.resilience.assessment.assessment.ui;

import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AnswerState;
import java.util.Optional;
import java.util.function.UnaryOperator;

/**
 * The autosave state of one practice card, without any component: the answer as the user has given it so far, the
 * stored answer it starts from and its revision, whether the user is still editing (typing, a choice not settled, a
 * change not saved), the carried-over answer waiting for re-confirmation, and a colleague's answer held back while the
 * user edits. {@link PracticeCard} renders it; the rules are tested on their own ({@code AnswerDraftTest}).
 */
final class AnswerDraft {

    /** The answer as the user has given it so far (what is saved next). */
    private AnswerInput current = AnswerInput.empty();

    /** The stored answer the user's edits start from (what a colleague's edit is compared with). */
    private AnswerInput base = AnswerInput.empty();

    /** The revision of the stored answer; -1 when nothing is stored. */
    private long revision = -1;

    /** An option chosen on the screen that is not saved yet (its choice has not settled). */
    private boolean choicePending;

    /** A text of the card has the focus: the user may be typing what is not sent yet. */
    private boolean typing;

    /** The carried-over answer waiting for re-confirmation. */
    private AnswerState carriedOver;

    /** An answer a colleague saved while the user was editing this card, shown once the user stops. */
    private AnswerState heldBack;

    AnswerInput current() {
        return current;
    }

    AnswerInput base() {
        return base;
    }

    long revision() {
        return revision;
    }

    AnswerState carriedOver() {
        return carriedOver;
    }

    /** A stored answer (or none) is shown: the user's edits start again from it. */
    void load(AnswerState answer) {
        revision = answer == null ? -1 : answer.revision();
        current = answer == null ? AnswerInput.empty() : answer.input();
        base = current;
        carriedOver = answer != null && answer.toReconfirm() ? answer : null;
    }

    /** The user changed the answer on the screen. */
    void edit(UnaryOperator<AnswerInput> change) {
        current = change.apply(current);
    }

    /** The user chose an option that is saved once the choice settles. */
    void choose(UnaryOperator<AnswerInput> change) {
        edit(change);
        choicePending = true;
    }

    boolean choicePending() {
        return choicePending;
    }

    /** A save is under way: the pending choice goes with it, whatever its outcome. */
    void saving() {
        choicePending = false;
    }

    /** The answer is stored: it becomes the base of the next edits. */
    void saved(AnswerState stored) {
        revision = stored.revision();
        base = stored.input();
        carriedOver = null;
    }

    void typing(boolean typing) {
        this.typing = typing;
    }

    /** Whether the user is in the middle of a change that an answer from elsewhere must not overwrite. */
    boolean editing(boolean conflictOpen) {
        return typing || choicePending || !current.equals(base) || conflictOpen;
    }

    /** Whether an answer saved elsewhere is newer than what this card shows. */
    boolean isNewer(AnswerState theirs) {
        return theirs.revision() > revision;
    }

    /** Holds a colleague's answer back until the user stops editing. */
    void holdBack(AnswerState theirs) {
        heldBack = theirs;
    }

    void dropHeldBack() {
        heldBack = null;
    }

    /** The colleague's answer held back, once the user no longer edits; it is then no longer held. */
    Optional<AnswerState> releaseHeldBack(boolean conflictOpen) {
        if (heldBack == null || editing(conflictOpen)) {
            return Optional.empty();
        }
        AnswerState theirs = heldBack;
        heldBack = null;
        return Optional.of(theirs);
    }
}
