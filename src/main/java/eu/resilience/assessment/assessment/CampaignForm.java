package eu.resilience.assessment.assessment;

import java.time.LocalDate;
import java.util.Set;

/**
 * A new campaign as a partnership lead describes it.
 *
 * @param carryOver start each organization from its latest submitted answers to the same questionnaire (any version),
 *     marked "to re-confirm"
 */
public record CampaignForm(
        String name,
        String questionnaireId,
        String questionnaireVersion,
        LocalDate opensOn,
        LocalDate closesOn,
        Set<Long> organizationIds,
        boolean carryOver) {}
