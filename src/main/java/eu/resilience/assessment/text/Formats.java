package eu.resilience.assessment.text;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/**
 * The one formatting rule for figures and dates on screens and in reports, by the user's locale: scores and means with
 * one decimal, percentiles and shares as whole numbers, both rounded half up from the value's decimal form (so 75.05 is
 * 75.1 everywhere); dates in the locale's medium style, times in its short style. {@link Translations} applies the same
 * rounding to the numbers of translated texts.
 */
public final class Formats {

    /** Shown for a figure that does not exist (not applicable, not published). */
    public static final String NONE = "—";

    private Formats() {}

    /** A score or mean: one decimal ("82.5", "82,5"). */
    public static String score(Double value, Locale locale) {
        return format(value, 1, locale);
    }

    /** A percentile or a share in percent: a whole number. */
    public static String whole(Double value, Locale locale) {
        return format(value, 0, locale);
    }

    /** The value rounded as shown, half up from its decimal form: for cells that keep numbers as numbers. */
    public static double rounded(double value, int decimals) {
        return BigDecimal.valueOf(value)
                .setScale(decimals, RoundingMode.HALF_UP)
                .doubleValue();
    }

    public static String date(LocalDate day, Locale locale) {
        return day == null
                ? NONE
                : DateTimeFormatter.ofLocalizedDate(FormatStyle.MEDIUM)
                        .withLocale(locale(locale))
                        .format(day);
    }

    /** A moment as a day and time of the server's zone. */
    public static String dateTime(Instant moment, Locale locale) {
        return moment == null
                ? NONE
                : DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT)
                        .withLocale(locale(locale))
                        .withZone(ZoneId.systemDefault())
                        .format(moment);
    }

    public static String time(Instant moment, Locale locale) {
        return moment == null
                ? NONE
                : DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT)
                        .withLocale(locale(locale))
                        .withZone(ZoneId.systemDefault())
                        .format(moment);
    }

    private static String format(Double value, int decimals, Locale locale) {
        if (value == null || value.isNaN()) {
            return NONE;
        }
        DecimalFormat format = new DecimalFormat(
                decimals == 0 ? "#,##0" : "#,##0." + "0".repeat(decimals),
                DecimalFormatSymbols.getInstance(locale(locale)));
        format.setRoundingMode(RoundingMode.HALF_UP);
        return format.format(BigDecimal.valueOf(value));
    }

    private static Locale locale(Locale locale) {
        return locale == null ? Locale.ENGLISH : locale;
    }
}
