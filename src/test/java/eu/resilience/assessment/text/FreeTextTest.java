package eu.resilience.assessment.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** The input rule for free texts, character by character. */
class FreeTextTest {

    @ParameterizedTest
    @ValueSource(
            ints = {
                0x00,
                0x07,
                0x1B,
                0x7F,
                0x85,
                0x9F, // C0, DEL, C1 controls
                0x202A,
                0x202B,
                0x202C,
                0x202D,
                0x202E, // embeddings, overrides, pop
                0x2066,
                0x2067,
                0x2068,
                0x2069, // isolates
                0x2028,
                0x2029,
                0xFFFE,
                0xFFFF,
                0xD800 // separators, non-characters, an unpaired surrogate
            })
    void refusesControlAndDirectionOverrideCharactersEverywhere(int character) {
        String text = "before " + (char) character + " after";

        assertThat(FreeText.refusedCharacter(text, true)).hasValue(String.format("U+%04X", character));
        assertThat(FreeText.refusedCharacter(text, false)).hasValue(String.format("U+%04X", character));
        assertThat(FreeText.strip(text, true)).isEqualTo("before  after");
    }

    @Test
    void aMultiLineTextMayHoldLineBreaksAndTabsASingleLineTextMayNot() {
        String text = "first\r\n\tsecond";

        assertThat(FreeText.refusedCharacter(text, true)).isEmpty();
        assertThat(FreeText.refusedCharacter(text, false)).hasValue("U+000D");
        assertThat(FreeText.refusedCharacter("a\tb", false)).hasValue("U+0009");
        assertThat(FreeText.strip(text, true)).isSameAs(text);
    }

    @Test
    void ordinaryTextInAnyScriptWithDirectionMarksAndEmojiIsAccepted() {
        for (String text : new String[] {
            "Société Générale — 1 000 € (TLP:AMBER+STRICT)",
            "Zürich, Łódź, Ἀθῆναι, Київ",
            "\u05E9\u05DC\u05D5\u05DD \u200Eversion 2\u200F", // Hebrew with direction marks
            "\u0645\u0631\u062D\u0628\u0627\u061C", // Arabic with the Arabic letter mark
            "backup done \uD83D\uDC4D", // a surrogate pair
            "",
        }) {
            assertThat(FreeText.refusedCharacter(text, false)).as(text).isEmpty();
        }
        assertThat(FreeText.refusedCharacter(null, false)).isEmpty();
    }
}
