/** Questionnaires: the model (records), loading and validation of questionnaires/*.yaml, the catalogue service. */
@ApplicationModule(allowedDependencies = {"text", "security", "organization", "base :: ui"})
package eu.resilience.assessment.questionnaire;

import org.springframework.modulith.ApplicationModule;
