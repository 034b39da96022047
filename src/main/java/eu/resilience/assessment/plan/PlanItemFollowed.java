package eu.resilience.assessment.plan;

/**
 * A submission recorded whether a plan item's practice improved; published in the submitting transaction.
 *
 * @param baselineAnswer the answer when the item was planned
 * @param laterAnswer the submitted answer, null when the practice is unanswered or hidden
 */
public record PlanItemFollowed(
        long itemId,
        long organizationId,
        String practiceId,
        String baselineAnswer,
        Outcome outcome,
        String laterAnswer,
        long assessmentId) {}
