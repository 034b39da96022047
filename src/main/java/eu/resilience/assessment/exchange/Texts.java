package eu.resilience.assessment.exchange;

import eu.resilience.assessment.text.Translations;
import java.util.Locale;

/** The UI texts in one language, for files and messages made outside a screen. */
record Texts(Locale locale) {

    String get(String key, Object... arguments) {
        return Translations.get(key, locale, arguments);
    }
}
