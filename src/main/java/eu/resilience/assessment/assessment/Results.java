package eu.resilience.assessment.assessment;

import eu.resilience.assessment.scoring.ScoreCard;

/** An assessment with its score card. */
public record Results(AssessmentWork work, ScoreCard card) {}
