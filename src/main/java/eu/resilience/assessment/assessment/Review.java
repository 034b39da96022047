package eu.resilience.assessment.assessment;

import eu.resilience.assessment.questionnaire.Practice;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

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

    /** The review of an assessment as it stands: its visible practices in questionnaire order against its answers. */
    static Review of(AssessmentWork work) {
        Set<String> hidden = work.hiddenPractices();
        List<String> unanswered = new ArrayList<>();
        List<String> naWithoutJustification = new ArrayList<>();
        List<String> toReconfirm = new ArrayList<>();
        List<String> flagged = new ArrayList<>();
        for (Practice practice : work.questionnaire().practices()) {
            if (hidden.contains(practice.id())) {
                continue;
            }
            AnswerState answer = work.answers().get(practice.id());
            if (answer == null || !answer.isAnswered()) {
                unanswered.add(practice.id());
            } else if (answer.isMissingJustification()) {
                naWithoutJustification.add(practice.id());
            }
            if (answer != null && answer.toReconfirm()) {
                toReconfirm.add(practice.id());
            }
            if (answer != null && answer.flagged()) {
                flagged.add(practice.id());
            }
        }
        return new Review(
                List.copyOf(unanswered),
                List.copyOf(naWithoutJustification),
                List.copyOf(toReconfirm),
                List.copyOf(flagged));
    }
}
