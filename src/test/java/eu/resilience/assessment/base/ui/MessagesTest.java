package eu.resilience.assessment.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Properties;
import org.junit.jupiter.api.Test;

/** The message bundles: French has every English key, and every text with parameters formats correctly. */
class MessagesTest {

    private static Properties bundle(String name) throws IOException {
        Properties properties = new Properties();
        try (InputStream in = MessagesTest.class.getResourceAsStream("/" + name)) {
            properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
        }
        return properties;
    }

    @Test
    void frenchHasEveryEnglishKey() throws IOException {
        assertThat(bundle("messages_fr.properties").keySet())
                .containsExactlyInAnyOrderElementsOf(
                        bundle("messages.properties").keySet());
    }

    @Test
    void parametersAreFilledInAndApostrophesKept() {
        Messages messages = new Messages();

        assertThat(messages.getTranslation("answer.unknown-practice", Locale.FRENCH, "GOV.9"))
                .isEqualTo("Il n'y a pas de pratique GOV.9 dans ce questionnaire.");
        assertThat(messages.getTranslation("assessment.locked.closed", Locale.ENGLISH, LocalDate.of(2026, 3, 31)))
                .contains("Mar 31, 2026");
        assertThat(messages.getTranslation("login.username", Locale.FRENCH)).isEqualTo("Nom d'utilisateur");
        assertThat(messages.getTranslation("no.such.key", Locale.ENGLISH)).isEqualTo("!no.such.key");
    }

    @Test
    void aLanguageWithoutBundleFallsBackToEnglish() {
        assertThat(new Messages().getTranslation("nav.logout", Locale.GERMAN)).isEqualTo("Log out");
    }
}
