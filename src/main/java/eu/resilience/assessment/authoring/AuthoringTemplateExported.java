package eu.resilience.assessment.authoring;

/** An administrator downloaded the authoring template of a questionnaire (its id and version as key). */
public record AuthoringTemplateExported(String questionnaireKey) {}
