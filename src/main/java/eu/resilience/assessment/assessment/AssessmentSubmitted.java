package eu.resilience.assessment.assessment;

import eu.resilience.assessment.scoring.Rating;

/**
 * An organization submitted its assessment; published in the submitting transaction.
 *
 * @param overall the submitted score card's overall figures
 */
public record AssessmentSubmitted(
        long assessmentId, long organizationId, String campaignName, String submittedBy, Rating overall) {}
