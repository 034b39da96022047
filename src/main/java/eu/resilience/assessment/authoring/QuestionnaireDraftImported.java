package eu.resilience.assessment.authoring;

/**
 * An administrator imported a draft questionnaire file from an upload; published before the file is written, so that
 * the transaction rolls its record back if the file cannot be written.
 */
public record QuestionnaireDraftImported(String questionnaireKey, String fileName, String uploadName) {}
