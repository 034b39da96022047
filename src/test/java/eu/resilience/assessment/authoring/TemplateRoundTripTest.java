package eu.resilience.assessment.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireFormat;
import eu.resilience.assessment.questionnaire.VisibilityCondition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export to the authoring template, then import: the same questionnaire, field by field, for both shipped files. */
class TemplateRoundTripTest {

    static Questionnaire shipped(String file) throws IOException {
        String text = Files.readString(Path.of("questionnaires", file));
        return QuestionnaireFormat.read(file, text).questionnaire().orElseThrow();
    }

    /**
     * A test file in src/test/resources/authoring: every optional field of the format, cumulative (level zero, all-N/A
     * rule, declared frameworks, source, draft locales, purposes, practice titles) or averaged (overall, band decimals).
     */
    static Questionnaire everyField(String file) throws IOException {
        String text = Files.readString(Path.of("src/test/resources/authoring", file));
        var read = QuestionnaireFormat.read(file, text);
        assertThat(read.errors()).isEmpty();
        return read.questionnaire().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "cyber-resilience-baseline-1.0.yaml",
                "quick-check-1.0.yaml",
                "every-field-cumulative-1.0.yaml",
                "every-field-averaged-1.0.yaml"
            })
    void importOfTheExportIsTheSameQuestionnaire(String file) throws IOException {
        Questionnaire original = file.startsWith("every-field") ? everyField(file) : shipped(file);

        byte[] workbook = Authoring.template(original);
        Authoring.Draft draft = Authoring.fromWorkbook("template.xlsx", workbook, false);

        assertThat(draft.notes()).isEmpty();
        assertThat(draft.fileName()).isEqualTo(file);
        assertThat(draft.questionnaire())
                .usingRecursiveComparison()
                .ignoringFields("sourceFile", "contentHash")
                .withComparatorForType(Comparator.comparing(VisibilityCondition::source), VisibilityCondition.class)
                .withComparatorForType(Comparator.comparing(Pattern::pattern), Pattern.class)
                .isEqualTo(original);
        // and the written file is as stable: exported again, the same workbook content
        Authoring.Draft again = Authoring.fromWorkbook("again.xlsx", Authoring.template(draft.questionnaire()), false);
        assertThat(again.yaml()).isEqualTo(draft.yaml().replace("template.xlsx", "again.xlsx"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"cyber-resilience-baseline-1.0.yaml", "quick-check-1.0.yaml"})
    void theImportIsWrittenAsADraftWithANote(String file) throws IOException {
        Authoring.Draft draft = Authoring.fromWorkbook("template.xlsx", Authoring.template(shipped(file)));

        assertThat(draft.yaml()).contains("status: draft");
        assertThat(draft.questionnaire().status().name()).isEqualTo("DRAFT");
        assertThat(draft.notes()).extracting(Problem::messageKey).containsExactly("authoring.note.status-draft");
    }
}
