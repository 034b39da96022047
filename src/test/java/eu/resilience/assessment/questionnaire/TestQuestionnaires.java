package eu.resilience.assessment.questionnaire;

import eu.resilience.assessment.questionnaire.internal.QuestionnaireParser;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/** Questionnaires for tests, read by the real parser: the shipped files and the examples under test resources. */
public final class TestQuestionnaires {

    private TestQuestionnaires() {}

    /** A shipped questionnaire file from questionnaires/. */
    public static Questionnaire shipped(String fileName) {
        try {
            return parse(fileName, Files.readString(Path.of("questionnaires", fileName)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A test questionnaire from src/test/resources/questionnaires/. */
    public static Questionnaire example(String fileName) {
        try (InputStream in = TestQuestionnaires.class.getResourceAsStream("/questionnaires/" + fileName)) {
            return parse(fileName, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public static Questionnaire parse(String fileName, String text) {
        QuestionnaireParser.Result result = new QuestionnaireParser().parse(fileName, text);
        if (!result.ok()) {
            throw new IllegalArgumentException("test questionnaire does not load: " + result.errors());
        }
        return result.questionnaire();
    }
}
