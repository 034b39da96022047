package eu.resilience.assessment.authoring;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireFormat;
import eu.resilience.assessment.questionnaire.VisibilityCondition;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** Export to the authoring template, then import: the same questionnaire, field by field, for both shipped files. */
class TemplateRoundTripTest {

    static Questionnaire shipped(String file) throws IOException {
        String text = Files.readString(Path.of("questionnaires", file));
        return QuestionnaireFormat.read(file, text).questionnaire().orElseThrow();
    }

    @ParameterizedTest
    @ValueSource(strings = {"cyber-resilience-baseline-1.0.yaml", "quick-check-1.0.yaml"})
    void importOfTheExportIsTheSameQuestionnaire(String file) throws IOException {
        Questionnaire original = shipped(file);

        byte[] workbook = Authoring.template(original);
        Authoring.Draft draft = Authoring.fromWorkbook("template.xlsx", workbook, false);

        assertThat(draft.notes()).isEmpty();
        assertThat(draft.fileName()).isEqualTo(file);
        assertThat(draft.questionnaire())
                .usingRecursiveComparison()
                .ignoringFields("sourceFile", "contentHash")
                .withComparatorForType(Comparator.comparing(VisibilityCondition::source), VisibilityCondition.class)
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
