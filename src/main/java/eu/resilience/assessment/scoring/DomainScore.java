package eu.resilience.assessment.scoring;

import eu.resilience.assessment.questionnaire.Domain;
import java.util.List;

/** The rating of one domain, its goals, and the practices that block its next level, most important first. */
public record DomainScore(Domain domain, Rating rating, List<GoalScore> goals, List<Blocker> blockers) {}
