/** Scoring: cumulative maturity levels (C2M2 rule), scores, averaged maturity, blockers and next steps. Plain Java. */
package eu.resilience.assessment.scoring;
