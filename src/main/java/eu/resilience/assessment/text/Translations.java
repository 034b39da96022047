package eu.resilience.assessment.text;

import java.text.MessageFormat;
import java.util.List;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * Every text of the screens, reports and files, from the message bundles {@code messages*.properties}; English is
 * complete and the fallback. Plain Java: the screens read it through {@code base.ui.Messages} (Vaadin's I18NProvider),
 * reports and workbooks directly.
 */
public final class Translations {

    /** The languages of the texts, each with a complete bundle (checked by MessagesTest). */
    public static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN);

    private static final String BUNDLE = "messages";

    private Translations() {}

    /** The text of the key in the language (English when none is given), with its parameters; "!key" if missing. */
    public static String get(String key, Locale locale, Object... params) {
        Locale effective = locale == null ? Locale.ENGLISH : locale;
        try {
            String pattern = ResourceBundle.getBundle(BUNDLE, effective, NO_FALLBACK_TO_SYSTEM_LOCALE)
                    .getString(key);
            if (params.length == 0) {
                return pattern;
            }
            MessageFormat format = new MessageFormat(pattern, effective);
            // the one rounding of Formats: half up from the value's decimal form
            for (java.text.Format part : format.getFormats()) {
                if (part instanceof java.text.DecimalFormat decimal) {
                    decimal.setRoundingMode(java.math.RoundingMode.HALF_UP);
                }
            }
            return format.format(dates(params));
        } catch (MissingResourceException e) {
            return "!" + key;
        }
    }

    /**
     * MessageFormat formats java.util.Date: days are given to it as the start of the day; doubles as their decimal form,
     * so that rounding follows the digits shown (75.05 is 75.1, as {@link Formats} writes it).
     */
    private static Object[] dates(Object[] params) {
        Object[] converted = params.clone();
        for (int i = 0; i < converted.length; i++) {
            if (converted[i] instanceof java.time.LocalDate day) {
                converted[i] = java.util.Date.from(
                        day.atStartOfDay(java.time.ZoneId.systemDefault()).toInstant());
            } else if (converted[i] instanceof Double number && !number.isNaN() && !number.isInfinite()) {
                converted[i] = java.math.BigDecimal.valueOf(number);
            }
        }
        return converted;
    }

    /** Falls back from a missing French or German text to the English base bundle, never to the server's own locale. */
    private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);
}
