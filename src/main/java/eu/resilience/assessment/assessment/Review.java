package eu.resilience.assessment.assessment;

import java.util.List;

/**
 * What stands between an assessment and its submission (practice ids, in questionnaire order): unanswered practices, N/A
 * answers without a justification, carried-over answers not yet re-confirmed; and the practices flagged for review
 * (listed, not blocking).
 */
public record Review(
        List<String> unanswered, List<String> naWithoutJustification, List<String> toReconfirm, List<String> flagged) {

    public boolean canSubmit() {
        return unanswered.isEmpty() && naWithoutJustification.isEmpty() && toReconfirm.isEmpty();
    }
}
