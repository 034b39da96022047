package eu.resilience.assessment.scoring;

import eu.resilience.assessment.questionnaire.Goal;

/** The rating of one goal. */
public record GoalScore(Goal goal, Rating rating) {}
