package eu.resilience.assessment.text;

import java.util.Optional;

/**
 * The one rule for every free text a user types. Refused: control characters (C0, DEL, C1; a multi-line text may hold
 * tab, line feed and carriage return), the Unicode bidirectional embeddings, overrides and isolates (U+202A-U+202E,
 * U+2066-U+2069), which can make a text display in another order than it reads (e.g. a file name or an amount shown
 * reversed), the line and paragraph separators U+2028 and U+2029, unpaired surrogates and the non-characters U+FFFE and
 * U+FFFF (which XML, hence xlsx, cannot hold). The direction marks U+200E, U+200F and U+061C stay allowed: they only
 * settle the direction of neighbouring punctuation in mixed-direction text and cannot reorder a run of text.
 */
public final class FreeText {

    private FreeText() {}

    /** The first character that the rule refuses in the text, written "U+202E"; empty when the text is acceptable. */
    public static Optional<String> refusedCharacter(String text, boolean multiLine) {
        if (text == null) {
            return Optional.empty();
        }
        for (int i = 0; i < text.length(); ) {
            int codePoint = text.codePointAt(i);
            if (refused(codePoint, multiLine)) {
                return Optional.of(String.format("U+%04X", codePoint));
            }
            i += Character.charCount(codePoint);
        }
        return Optional.empty();
    }

    /**
     * The text without the characters the rule refuses: what the reports and exports write, so that a text stored
     * before the rule existed shows the same in every output.
     */
    public static String strip(String text, boolean multiLine) {
        if (text == null || refusedCharacter(text, multiLine).isEmpty()) {
            return text;
        }
        StringBuilder kept = new StringBuilder(text.length());
        text.codePoints().filter(c -> !refused(c, multiLine)).forEach(kept::appendCodePoint);
        return kept.toString();
    }

    static boolean refused(int c, boolean multiLine) {
        if (c == '\t' || c == '\n' || c == '\r') {
            return !multiLine;
        }
        return Character.getType(c) == Character.CONTROL
                || (c >= 0x202A && c <= 0x202E)
                || (c >= 0x2066 && c <= 0x2069)
                || c == 0x2028
                || c == 0x2029
                || Character.getType(c) == Character.SURROGATE
                || c == 0xFFFE
                || c == 0xFFFF;
    }
}
