package eu.resilience.assessment.plan;

import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.ScaleOption;

/**
 * A practice of an assessment's results that a plan item could address: a next step (a blocker of its domain's next
 * level) or a practice that closes the gap to target, in the order of the next steps.
 *
 * @param current the option answered now, or null
 * @param recommendation the questionnaire's recommendation for the organization's size class, the action's first text
 * @param planned whether an open plan item already addresses it
 */
public record PlanCandidate(Practice practice, ScaleOption current, String recommendation, boolean planned) {}
