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

    /** The smallest valid file: one locale (en), one level, one practice. */
    public static String minimal() {
        return minimal("minimal", "1.0", "draft", "Someone owns cyber risk.");
    }

    /**
     * The smallest valid file with the given id, version, status and text of its one practice (e.g. a fresh id for
     * tests of the loader, whose lock table outlives a test).
     */
    public static String minimal(String id, String version, String status, String practiceText) {
        return """
                format: 1
                id: %s
                version: "%s"
                status: %s
                locales: [en]
                title: {en: Minimal}
                description: {en: One practice.}
                scoring:
                  method: cumulative
                  levels:
                    - {id: MIL1, rank: 1, name: {en: Initiated}}
                default_scale: yes-no
                scales:
                  - id: yes-no
                    name: {en: Yes or no}
                    options:
                      - {id: "yes", label: {en: "Yes"}, value: 1.0, achieved: true}
                      - {id: "no", label: {en: "No"}, value: 0.0, achieved: false}
                domains:
                  - id: GOV
                    title: {en: Governance}
                    goals:
                      - id: GOV.1
                        title: {en: Ownership}
                        practices:
                          - {id: GOV.1.1, level: MIL1, text: {en: %s}}
                """
                .formatted(id, version, status, practiceText);
    }

    public static Questionnaire parse(String fileName, String text) {
        QuestionnaireParser.Result result = new QuestionnaireParser().parse(fileName, text);
        if (!result.ok()) {
            throw new IllegalArgumentException("test questionnaire does not load: " + result.errors());
        }
        return result.questionnaire();
    }
}
