/** Questionnaires: the model (records), loading and validation of questionnaires/*.yaml, the catalogue service. */
package eu.resilience.assessment.questionnaire;
