package eu.resilience.assessment.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** One rounding and one format for every figure and date, on screens (Formats, Translations) and in reports. */
class FormatsTest {

    @Test
    void aScoreIsRoundedHalfUpFromItsDecimalFormTheSameWayByTheHelperAndInTranslatedTexts() {
        // 75.05 is 75.04999... as a double: a plain DecimalFormat shows 75.0 here and String.format 75.1 elsewhere
        assertThat(Formats.score(75.05, Locale.ENGLISH)).isEqualTo("75.1");
        assertThat(Translations.get("results.score.value", Locale.ENGLISH, 75.05))
                .isEqualTo("75.1 / 100");
        assertThat(Formats.whole(96.5, Locale.ENGLISH)).isEqualTo("97");
        assertThat(Translations.get("results.percent", Locale.ENGLISH, 96.5)).isEqualTo("97%");
        assertThat(Formats.rounded(75.05, 1)).isEqualTo(75.1);
    }

    @Test
    void numbersFollowTheLocaleIncludingGerman() {
        assertThat(Formats.score(82.5, Locale.FRENCH)).isEqualTo("82,5");
        assertThat(Translations.get("results.score.value", Locale.FRENCH, 82.5)).isEqualTo("82,5 / 100");
        assertThat(Formats.score(59.25, Locale.GERMAN)).isEqualTo("59,3");
        assertThat(Translations.get("results.score.value", Locale.GERMAN, 59.25))
                .isEqualTo("59,3 / 100");
        assertThat(Formats.score(null, Locale.FRENCH)).isEqualTo("—");
    }

    @Test
    void datesFollowTheLocaleIncludingGermanAndAreTheSameInTranslatedTexts() {
        LocalDate day = LocalDate.of(2026, 3, 31);
        assertThat(Formats.date(day, Locale.GERMAN)).isEqualTo("31.03.2026");
        assertThat(Formats.date(day, Locale.FRENCH)).isEqualTo("31 mars 2026");
        assertThat(Translations.get("assessment.due", Locale.GERMAN, day)).isEqualTo("fällig am 31.03.2026");
        assertThat(Translations.get("assessment.due", Locale.ENGLISH, day))
                .isEqualTo("due " + Formats.date(day, Locale.ENGLISH));
        assertThat(Translations.LOCALES).contains(Locale.GERMAN);
    }
}
