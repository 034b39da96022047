package eu.resilience.assessment.report;

import eu.resilience.assessment.base.ui.Messages;
import eu.resilience.assessment.questionnaire.LocalizedText;
import java.util.Locale;

/** The texts of a report in one language, from the UI message bundles. */
public final class Texts {

    private final Messages messages;
    private final Locale locale;

    public Texts(Messages messages, Locale locale) {
        this.messages = messages;
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }

    public String get(String key, Object... params) {
        return messages.getTranslation(key, locale, params);
    }

    public String in(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }

    public Locale locale() {
        return locale;
    }
}
