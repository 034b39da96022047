package eu.resilience.assessment.questionnaire;

import java.util.List;

/**
 * A domain of a questionnaire, e.g. Governance, with its goals.
 *
 * @param purpose what the domain is for (C2M2's "purpose" statement), or empty
 */
public record Domain(
        String id, LocalizedText title, LocalizedText description, List<Goal> goals, LocalizedText purpose) {

    /** The practices of every goal, in questionnaire order. */
    public List<Practice> practices() {
        return goals.stream().flatMap(g -> g.practices().stream()).toList();
    }
}
