package eu.resilience.assessment.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The message bundles: French and German have every English key and no English text left, and every text with
 * parameters formats correctly. The same for the e-mail bundles.
 */
class MessagesTest {

    /** Texts a language writes as English does; anything else equal to the English text is untranslated. */
    private static final Map<String, Set<String>> SAME_AS_ENGLISH = Map.of(
            "fr",
            Set.of(
                    "Resilience Assessment",
                    "Version",
                    "n",
                    "Plan",
                    "Plan (Excel)",
                    "Plan (Word)",
                    "Invitation",
                    "Max",
                    "Min",
                    "Total",
                    "version {0}",
                    "Page {0}",
                    "Action",
                    "Questionnaire",
                    "Questionnaires",
                    "Note",
                    "Notes",
                    "Option",
                    "Score",
                    "Description",
                    "Distribution",
                    "Question",
                    "Participation",
                    "Source",
                    "Message",
                    "Date"),
            "de",
            Set.of(
                    "Resilience Assessment",
                    "Version",
                    "Version {0}",
                    "Status",
                    "Median",
                    "n",
                    "Plan",
                    "Plan (Excel)",
                    "Plan (Word)"));

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @ParameterizedTest
    @CsvSource({"messages,fr", "messages,de", "mail,fr", "mail,de"})
    void everyLanguageHasEveryEnglishKey(String bundle, String language) throws IOException {
        assertThat(bundle(bundle + "_" + language + ".properties").keySet())
                .containsExactlyInAnyOrderElementsOf(
                        bundle(bundle + ".properties").keySet());
    }

    @ParameterizedTest
    @CsvSource({"messages,fr", "messages,de", "mail,fr", "mail,de"})
    void noTextIsLeftInEnglish(String bundle, String language) throws IOException {
        Properties english = bundle(bundle + ".properties");
        Properties translated = bundle(bundle + "_" + language + ".properties");
        List<String> untranslated = new ArrayList<>();
        for (String key : english.stringPropertyNames()) {
            String text = english.getProperty(key);
            boolean wordless = text.replaceAll("\\{[^}]*}", "")
                    .replaceAll("[\\p{Punct}\\s\\d]", "")
                    .isEmpty();
            if (text.equals(translated.getProperty(key))
                    && !wordless
                    && !key.startsWith("language.")
                    && !SAME_AS_ENGLISH.get(language).contains(text)) {
                untranslated.add(key + "=" + text);
            }
        }
        assertThat(untranslated)
                .as("texts of %s_%s still in English", bundle, language)
                .isEmpty();
    }

    @Test
    void parametersAreFilledInAndApostrophesKept() {
        Messages messages = new Messages();

        assertThat(messages.getTranslation("answer.unknown-practice", Locale.FRENCH, "GOV.9"))
                .isEqualTo("Il n'y a pas de pratique GOV.9 dans ce questionnaire.");
        assertThat(messages.getTranslation("answer.unknown-practice", Locale.GERMAN, "GOV.9"))
                .isEqualTo("Es gibt keine Maßnahme GOV.9 in diesem Fragebogen.");
        assertThat(messages.getTranslation("assessment.locked.closed", Locale.ENGLISH, LocalDate.of(2026, 3, 31)))
                .contains("Mar 31, 2026");
        assertThat(messages.getTranslation("login.username", Locale.FRENCH)).isEqualTo("Nom d'utilisateur");
        assertThat(messages.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    @Test
    void germanIsWrittenAndALanguageWithoutBundleFallsBackToEnglish() {
        assertThat(new Messages().getTranslation("nav.logout", Locale.GERMAN)).isEqualTo("Abmelden");
        assertThat(new Messages().getTranslation("nav.logout", Locale.ITALIAN)).isEqualTo("Log out");
    }
}
