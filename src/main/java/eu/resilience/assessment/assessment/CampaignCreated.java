package eu.resilience.assessment.assessment;

import java.time.LocalDate;
import java.util.List;

/** A partnership lead created a campaign and invited organizations; published in the creating transaction. */
public record CampaignCreated(
        long campaignId,
        String name,
        String questionnaireKey,
        LocalDate opensOn,
        LocalDate closesOn,
        List<Long> organizationIds) {}
