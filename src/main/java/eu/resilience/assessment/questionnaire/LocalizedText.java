package eu.resilience.assessment.questionnaire;

import java.util.Locale;
import java.util.Map;

/** A text of a questionnaire in each of its locales (language code to text). */
public record LocalizedText(Map<String, String> byLanguage, String defaultLanguage) {

    public static final LocalizedText EMPTY = new LocalizedText(Map.of(), "en");

    public LocalizedText {
        byLanguage = Map.copyOf(byLanguage);
    }

    /** The text in the locale's language, or in the questionnaire's default language when it has none. */
    public String in(Locale locale) {
        String text = locale == null ? null : byLanguage.get(locale.getLanguage());
        if (text == null) {
            text = byLanguage.get(defaultLanguage);
        }
        return text == null ? "" : text;
    }

    public boolean isEmpty() {
        return byLanguage.isEmpty();
    }
}
