package eu.resilience.assessment.questionnaire;

import java.util.Map;

/** A compiled visibility condition of a practice (an expression in the Common Expression Language). */
public interface VisibilityCondition {

    /** The expression as written in the questionnaire file. */
    String source();

    /**
     * Evaluates the condition.
     *
     * @param profile the organization's sector, size class and country
     * @param answers option ids of earlier practices by practice id ({@code "na"}, or {@code ""} when unanswered)
     */
    boolean test(OrganizationProfile profile, Map<String, String> answers);
}
