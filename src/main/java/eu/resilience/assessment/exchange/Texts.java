package eu.resilience.assessment.exchange;

import eu.resilience.assessment.base.ui.Messages;
import java.util.Locale;

/** The UI texts in one language, for files and messages made outside a screen. */
record Texts(Messages messages, Locale locale) {

    String get(String key, Object... arguments) {
        return messages.getTranslation(key, locale, arguments);
    }
}
