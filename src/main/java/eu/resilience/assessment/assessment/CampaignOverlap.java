package eu.resilience.assessment.assessment;

import java.time.LocalDate;
import java.util.List;

/**
 * An open campaign of the same questionnaire whose dates overlap those of a new campaign and that already invites some
 * of its organizations (named in {@code organizations}, by name).
 */
public record CampaignOverlap(
        long campaignId, String name, LocalDate opensOn, LocalDate closesOn, List<String> organizations) {}
