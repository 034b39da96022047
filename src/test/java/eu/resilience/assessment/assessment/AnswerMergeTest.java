package eu.resilience.assessment.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.assessment.AnswerMerge.Part;
import org.junit.jupiter.api.Test;

/** What two edits of one answer changed, and their merge. */
class AnswerMergeTest {

    private final AnswerInput base = AnswerInput.empty().withOption("partially").withComment("Draft policy");

    @Test
    void aCommentAddedByOneAndAnOptionChangedByTheOtherAreBothKept() {
        AnswerInput theirs = base.withComment("Draft policy, approved in March");
        AnswerInput mine = base.withOption("largely");

        assertThat(AnswerMerge.differences(theirs, mine)).containsExactly(Part.CHOICE, Part.COMMENT);
        AnswerInput merged = AnswerMerge.merge(base, mine, theirs);

        assertThat(merged.optionId()).isEqualTo("largely");
        assertThat(merged.comment()).isEqualTo("Draft policy, approved in March");
    }

    @Test
    void twoDifferentCommentsAreJoinedTheirsFirst() {
        AnswerInput theirs = base.withComment("Owner: CISO");
        AnswerInput mine = base.withComment("Reviewed yearly");

        AnswerInput merged = AnswerMerge.merge(base, mine, theirs);

        assertThat(merged.comment()).isEqualTo("Owner: CISO\n\nReviewed yearly");
        assertThat(merged.optionId()).isEqualTo("partially");
    }

    @Test
    void aTextThatAlreadyHoldsTheOtherIsNotRepeated() {
        AnswerInput theirs = base.withComment("Owner: CISO");
        AnswerInput mine = base.withComment("Owner: CISO. Reviewed yearly");

        assertThat(AnswerMerge.merge(base, mine, theirs).comment()).isEqualTo("Owner: CISO. Reviewed yearly");
    }

    @Test
    void notApplicableWithItsJustificationAndTheFlagsMergeByWhoChangedThem() {
        AnswerInput theirs = base.withEvidence("Board minutes 2026-03", true);
        AnswerInput mine = base.withNotApplicable("No such system").withFlag(true);

        assertThat(AnswerMerge.differences(theirs, mine))
                .containsExactly(
                        Part.CHOICE, Part.NA_JUSTIFICATION, Part.EVIDENCE_NOTE, Part.EVIDENCE_AVAILABLE, Part.FLAGGED);
        AnswerInput merged = AnswerMerge.merge(base, mine, theirs);

        assertThat(merged.notApplicable()).isTrue();
        assertThat(merged.optionId()).isNull();
        assertThat(merged.naJustification()).isEqualTo("No such system");
        assertThat(merged.evidenceNote()).isEqualTo("Board minutes 2026-03");
        assertThat(merged.evidenceAvailable()).isTrue();
        assertThat(merged.flagged()).isTrue();
    }

    @Test
    void identicalVersionsDifferInNothing() {
        assertThat(AnswerMerge.differences(base, base.withComment("Draft policy ")))
                .containsExactly(Part.COMMENT);
        assertThat(AnswerMerge.differences(base, base)).isEmpty();
    }
}
