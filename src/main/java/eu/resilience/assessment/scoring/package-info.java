/** Scoring: cumulative maturity levels (C2M2 rule), scores, averaged maturity, blockers and next steps. Plain Java. */
@ApplicationModule(allowedDependencies = {"questionnaire"})
package eu.resilience.assessment.scoring;

import org.springframework.modulith.ApplicationModule;
