package eu.resilience.assessment.plan;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * A plan item as the screens and reports show it.
 *
 * @param practiceText the practice in the reader's language, or empty when its questionnaire is not loaded
 * @param owner the owner's display name (a user of the organization) or the free name, or empty
 * @param outcome what the next submitted assessment says of the practice, or null before one
 * @param flagged marked done, but the next assessment shows no improvement of its practice
 * @param overdue not closed and due before today
 */
public record PlanEntry(
        long id,
        String questionnaireId,
        String practiceId,
        String practiceText,
        String action,
        String ownerUsername,
        String owner,
        LocalDate dueOn,
        Priority priority,
        PlanStatus status,
        String dropReason,
        Outcome outcome,
        boolean flagged,
        boolean overdue,
        List<Note> notes) {

    /** A note on the item. */
    public record Note(String author, Instant writtenAt, String text) {}
}
