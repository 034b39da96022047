package eu.resilience.assessment.exchange;

import eu.resilience.assessment.assessment.AnswerInput;
import java.util.List;

/**
 * What an uploaded workbook would change, computed without writing anything: the changes (old -> new), the conflicts
 * (answers changed on the screen since the file was made), the number of unchanged rows, and every problem found with
 * its sheet and cell. Only changes and the conflicts the user takes from the file are applied.
 */
public record Preview(
        long assessmentId,
        String fileName,
        List<Change> changes,
        List<Change> conflicts,
        int unchanged,
        List<Problem> problems) {

    public Preview {
        changes = List.copyOf(changes);
        conflicts = List.copyOf(conflicts);
        problems = List.copyOf(problems);
    }

    /**
     * One row that changes an answer.
     *
     * @param cell where the row's answer is, e.g. {@code E12}
     * @param before the answer as stored now, in words
     * @param after the answer of the file, in words
     * @param revision the revision to store it over: the file's for a change, the current one for a conflict
     */
    public record Change(
            String practiceId,
            String practiceText,
            String cell,
            String before,
            String after,
            AnswerInput input,
            long revision) {}

    /** A problem of one cell or row (or of the file, with an empty cell), with its message in the user's language. */
    public record Problem(String sheet, String cell, String message) {}
}
