package eu.resilience.assessment.assessment;

import java.time.LocalDate;

/** A campaign with its participation counts. */
public record CampaignSummary(
        long id,
        String name,
        String questionnaireId,
        String questionnaireVersion,
        LocalDate opensOn,
        LocalDate closesOn,
        int invited,
        int started,
        int submitted) {}
