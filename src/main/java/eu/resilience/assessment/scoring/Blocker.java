package eu.resilience.assessment.scoring;

import eu.resilience.assessment.questionnaire.Band;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.ScaleOption;

/**
 * A practice that stands between a domain and its next level (or band): a next step.
 *
 * @param targetLevel the level it blocks (cumulative), or 0
 * @param targetBand the band it keeps the domain from (averaged), or null
 * @param current the option answered now, or null when unanswered
 */
public record Blocker(Practice practice, int targetLevel, Band targetBand, ScaleOption current) {

    public boolean isUnanswered() {
        return current == null;
    }
}
