package eu.resilience.assessment.assessment;

import java.util.List;

/**
 * The target profiles a campaign may name, implemented by the module that holds them (it depends on this one, not the
 * reverse).
 */
public interface CampaignTargets {

    /** The target profiles of a questionnaire version. */
    List<Choice> targetsOf(String questionnaireId, String questionnaireVersion);

    /** A target profile a campaign may name. */
    record Choice(long id, String name) {}
}
