package eu.resilience.assessment.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The quoting rule of {@link Messages}: a text is put through MessageFormat only when it has arguments, so an apostrophe
 * is written {@code ''} in a text with arguments and {@code '} in a text without. Either mistake shows on screen: a
 * doubled apostrophe ("d''une"), or a vanished one with the text after it left unformatted.
 */
class MessageBundlesTest {

    private static final Pattern ARGUMENT = Pattern.compile("\\{\\d");
    private static final Pattern KEY = Pattern.compile("^([^#!=:\\s][^=:\\s]*)\\s*[=:]");

    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fr.properties", "messages_de.properties"})
    void everyApostropheIsWrittenForHowItsTextIsFormatted(String bundle) throws IOException {
        Properties texts = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        List<String> wrong = new ArrayList<>();
        for (String key : texts.stringPropertyNames()) {
            String text = texts.getProperty(key);
            boolean formatted = ARGUMENT.matcher(text).find();
            String withoutDoubled = text.replace("''", "");
            if (formatted && withoutDoubled.contains("'")) {
                wrong.add(key + " (has arguments: write '' for an apostrophe)");
            }
            if (!formatted && text.contains("''")) {
                wrong.add(key + " (no arguments: write a single ')");
            }
        }
        assertThat(wrong).as(bundle).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"en", "fr", "de"})
    void noTranslatedTextShowsADoubledQuote(String language) throws IOException {
        Messages messages = new Messages();
        Properties texts = new Properties();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream("messages.properties")) {
            texts.load(new java.io.InputStreamReader(in, StandardCharsets.UTF_8));
        }
        java.util.Locale locale = java.util.Locale.forLanguageTag(language);
        List<String> doubled = new ArrayList<>();
        for (String key : texts.stringPropertyNames()) {
            Object[] arguments = new Object[10];
            java.util.Arrays.fill(arguments, 1);
            String shown = ARGUMENT.matcher(texts.getProperty(key)).find()
                    ? messages.getTranslation(key, locale, arguments)
                    : messages.getTranslation(key, locale);
            if (shown.contains("''")) {
                doubled.add(key + ": " + shown);
            }
        }
        assertThat(doubled).isEmpty();
    }

    /** A key given twice loses its first text silently (Properties keeps the last): each key once per bundle. */
    @ParameterizedTest
    @ValueSource(strings = {"messages.properties", "messages_fr.properties", "messages_de.properties"})
    void everyKeyIsDefinedOnce(String bundle) throws IOException {
        List<String> keys = new ArrayList<>();
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(bundle)) {
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                java.util.regex.Matcher key = KEY.matcher(line);
                if (key.find()) {
                    keys.add(key.group(1));
                }
            }
        }
        assertThat(keys).as(bundle).doesNotHaveDuplicates();
    }
}
