package eu.resilience.assessment.assessment;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * What two edits of one answer changed, and their merge: the conflict screen shows every part that differs (option or
 * N/A, justification, comment, evidence note, evidence flag, review flag) in both versions and can keep either or merge
 * them. Pure functions on {@link AnswerInput}.
 */
public final class AnswerMerge {

    /** The parts of an answer, in the order the card shows them. */
    public enum Part {
        CHOICE,
        NA_JUSTIFICATION,
        COMMENT,
        EVIDENCE_NOTE,
        EVIDENCE_AVAILABLE,
        FLAGGED
    }

    private AnswerMerge() {}

    /** The parts in which two versions of an answer differ. */
    public static List<Part> differences(AnswerInput a, AnswerInput b) {
        List<Part> parts = new ArrayList<>();
        for (Part part : Part.values()) {
            if (!Objects.equals(value(a, part), value(b, part))) {
                parts.add(part);
            }
        }
        return parts;
    }

    /**
     * Merges my edit and a colleague's, both made from {@code base}: each part from the side that changed it; where both
     * changed a text, their text then mine (once, if one already holds the other); where both changed the choice or a
     * flag, mine (the user asked for the merge with both in view).
     */
    public static AnswerInput merge(AnswerInput base, AnswerInput mine, AnswerInput theirs) {
        AnswerInput from = base == null ? AnswerInput.empty() : base;
        boolean myChoice = !Objects.equals(value(from, Part.CHOICE), value(mine, Part.CHOICE));
        AnswerInput choice = myChoice ? mine : theirs;
        String justification = text(from.naJustification(), mine.naJustification(), theirs.naJustification());
        return new AnswerInput(
                choice.notApplicable() ? null : choice.optionId(),
                choice.notApplicable(),
                choice.notApplicable() ? justification : null,
                text(from.comment(), mine.comment(), theirs.comment()),
                text(from.evidenceNote(), mine.evidenceNote(), theirs.evidenceNote()),
                from.evidenceAvailable() != mine.evidenceAvailable()
                        ? mine.evidenceAvailable()
                        : theirs.evidenceAvailable(),
                from.flagged() != mine.flagged() ? mine.flagged() : theirs.flagged());
    }

    /** A part's value, as compared and shown: the option id or "na", a text (blank as none), a flag. */
    public static Object value(AnswerInput input, Part part) {
        return switch (part) {
            case CHOICE -> input.notApplicable() ? "na" : input.optionId();
            case NA_JUSTIFICATION -> input.notApplicable() ? blankToNull(input.naJustification()) : null;
            case COMMENT -> blankToNull(input.comment());
            case EVIDENCE_NOTE -> blankToNull(input.evidenceNote());
            case EVIDENCE_AVAILABLE -> input.evidenceAvailable();
            case FLAGGED -> input.flagged();
        };
    }

    private static String text(String base, String mine, String theirs) {
        String b = blankToNull(base);
        String m = blankToNull(mine);
        String t = blankToNull(theirs);
        if (Objects.equals(b, m)) {
            return t;
        }
        if (Objects.equals(b, t) || t == null || Objects.equals(m, t) || (m != null && m.contains(t))) {
            return m;
        }
        if (m == null || t.contains(m)) {
            return t;
        }
        return t + "\n\n" + m;
    }

    private static String blankToNull(String text) {
        return text == null || text.isBlank() ? null : text;
    }
}
