package eu.resilience.assessment.report;

import eu.resilience.assessment.questionnaire.LocalizedText;
import eu.resilience.assessment.text.Translations;
import java.util.Locale;

/** The texts of a report in one language, from the UI message bundles. */
public final class Texts {

    private final Locale locale;

    public Texts(Locale locale) {
        this.locale = locale == null ? Locale.ENGLISH : locale;
    }

    public String get(String key, Object... params) {
        return Translations.get(key, locale, params);
    }

    public String in(LocalizedText text) {
        return text == null ? "" : text.in(locale);
    }

    public Locale locale() {
        return locale;
    }
}
