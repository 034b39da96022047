package eu.resilience.assessment.questionnaire;

import eu.resilience.assessment.questionnaire.internal.QuestionnaireParser;
import java.util.List;
import java.util.Optional;

/**
 * The questionnaire file format as a pure function: reads the text of one file with the same checks as the loader
 * (YAML, JSON Schema, rules, conditions), without the catalogue, its content lock or any file. For tools that write
 * questionnaire files and must know that the loader will accept them.
 */
public final class QuestionnaireFormat {

    private QuestionnaireFormat() {}

    /** The questionnaire a file's text describes, or the errors (file name, line, id) that stop it from loading. */
    public static Read read(String fileName, String text) {
        QuestionnaireParser.Result result = new QuestionnaireParser().parse(fileName, text);
        return new Read(Optional.ofNullable(result.questionnaire()), result.errors());
    }

    /** A questionnaire, or the errors of its file. */
    public record Read(Optional<Questionnaire> questionnaire, List<LoadError> errors) {
        public Read {
            errors = List.copyOf(errors);
        }
    }
}
