package eu.resilience.assessment.questionnaire;

import java.util.Set;

/**
 * Which questionnaire versions the rest of the application still uses (campaigns and their assessments), so that a
 * reload of the files never takes one of them out of service. Implemented by the module that holds the campaigns.
 */
public interface QuestionnairesInUse {

    /** The keys ({@link Questionnaire#key()}) of the questionnaire versions in use. */
    Set<String> keys();
}
