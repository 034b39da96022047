package eu.resilience.assessment.assessment;

import java.time.LocalDate;

/**
 * A campaign with its participation counts: {@code started} counts the assessments someone acted on (carried-over
 * answers alone do not start one), {@code toReconfirm} those with carried-over answers not yet confirmed,
 * {@code submitted} those whose latest submission is in force, {@code reopened} those of them reopened or returned
 * since.
 */
public record CampaignSummary(
        long id,
        String name,
        String questionnaireId,
        String questionnaireVersion,
        LocalDate opensOn,
        LocalDate closesOn,
        int invited,
        int started,
        int submitted,
        int reopened,
        int toReconfirm) {}
