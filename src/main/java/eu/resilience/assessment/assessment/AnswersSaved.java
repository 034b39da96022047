package eu.resilience.assessment.assessment;

import java.util.List;

/**
 * Answers of an assessment were saved (on the screen, one; from a workbook, several); published in the saving
 * transaction, so that a listener after its commit sees only stored answers.
 */
public record AnswersSaved(long assessmentId, List<AnswerState> answers) {

    public AnswersSaved {
        answers = List.copyOf(answers);
    }
}
