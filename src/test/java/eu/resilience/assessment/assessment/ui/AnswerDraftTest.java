package eu.resilience.assessment.assessment.ui;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AnswerState;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The card's autosave state: when the user counts as editing, what a save and a colleague's answer do to it. */
class AnswerDraftTest {

    private static AnswerState stored(String option, long revision, boolean toReconfirm) {
        return new AnswerState(
                "GV.1",
                option,
                false,
                null,
                null,
                null,
                false,
                false,
                toReconfirm,
                revision,
                "respondent",
                Instant.parse("2026-11-30T10:00:00Z"));
    }

    @Test
    void aLoadedAnswerIsNotAnEdit() {
        AnswerDraft draft = new AnswerDraft();
        draft.load(stored("2", 3, false));

        assertThat(draft.current().optionId()).isEqualTo("2");
        assertThat(draft.revision()).isEqualTo(3);
        assertThat(draft.editing(false)).isFalse();
        assertThat(draft.carriedOver()).isNull();
    }

    @Test
    void anUnsavedChangeATypedTextAPendingChoiceAndAnOpenConflictAreEdits() {
        AnswerDraft changed = new AnswerDraft();
        changed.load(stored("2", 3, false));
        changed.edit(answer -> answer.withComment("draft"));
        assertThat(changed.editing(false)).as("a change not saved").isTrue();

        AnswerDraft typing = new AnswerDraft();
        typing.typing(true);
        assertThat(typing.editing(false)).as("a text with the focus").isTrue();
        typing.typing(false);
        assertThat(typing.editing(false)).isFalse();

        AnswerDraft choosing = new AnswerDraft();
        choosing.load(stored("2", 3, false));
        choosing.choose(answer -> answer.withOption("2"));
        assertThat(choosing.editing(false))
                .as("a choice not settled, even back on the stored option")
                .isTrue();
        choosing.saving();
        assertThat(choosing.choicePending()).isFalse();

        assertThat(new AnswerDraft().editing(true)).as("a conflict open").isTrue();
    }

    @Test
    void aSaveMakesTheStoredAnswerTheBaseAndEndsTheReconfirmation() {
        AnswerDraft draft = new AnswerDraft();
        draft.load(stored("1", 4, true));
        assertThat(draft.carriedOver()).isNotNull();

        draft.choose(answer -> answer.withOption("3"));
        draft.saving();
        draft.saved(stored("3", 5, false));

        assertThat(draft.revision()).isEqualTo(5);
        assertThat(draft.base()).isEqualTo(draft.current());
        assertThat(draft.carriedOver()).isNull();
        assertThat(draft.editing(false)).isFalse();
    }

    @Test
    void onlyANewerRevisionFromElsewhereCounts() {
        AnswerDraft draft = new AnswerDraft();
        draft.load(stored("2", 3, false));

        assertThat(draft.isNewer(stored("4", 3, false))).isFalse();
        assertThat(draft.isNewer(stored("4", 4, false))).isTrue();
        assertThat(new AnswerDraft().isNewer(stored("1", 0, false)))
                .as("nothing stored yet")
                .isTrue();
    }

    @Test
    void aColleaguesAnswerIsHeldBackUntilTheUserStopsEditingAndReleasedOnce() {
        AnswerDraft draft = new AnswerDraft();
        draft.load(stored("2", 3, false));
        draft.typing(true);
        draft.holdBack(stored("4", 4, false));

        assertThat(draft.releaseHeldBack(false)).as("still typing").isEmpty();
        draft.typing(false);
        assertThat(draft.releaseHeldBack(true)).as("a conflict open").isEmpty();
        assertThat(draft.releaseHeldBack(false))
                .hasValueSatisfying(theirs -> assertThat(theirs.revision()).isEqualTo(4));
        assertThat(draft.releaseHeldBack(false)).as("released once").isEmpty();
    }

    @Test
    void theUsersTextIsKeptWhileAColleaguesAnswerIsHeldBack() {
        AnswerDraft draft = new AnswerDraft();
        draft.load(stored("2", 3, false));
        draft.edit(answer -> answer.withComment("mine"));
        draft.holdBack(stored("4", 4, false));

        assertThat(draft.releaseHeldBack(false))
                .as("an unsaved change is an edit")
                .isEmpty();
        assertThat(draft.current())
                .isEqualTo(AnswerInput.empty().withOption("2").withComment("mine"));
    }
}
