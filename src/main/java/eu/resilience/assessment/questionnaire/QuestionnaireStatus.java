package eu.resilience.assessment.questionnaire;

/** Whether a questionnaire version is final. */
public enum QuestionnaireStatus {
    /** Immutable: its content is locked by a hash the first time it loads. */
    PUBLISHED,
    /** Still being written; may change and is not offered for campaigns. */
    DRAFT
}
