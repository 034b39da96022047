package eu.resilience.assessment.plan;

/**
 * A lead or administrator created a target profile; published in the creating transaction.
 *
 * @param sector the sector's id, null for all sectors
 * @param sizeClass the size class's id, null for all sizes
 * @param levels the target's levels and minimums as words
 */
public record TargetCreated(
        long targetId, String name, String questionnaireKey, String sector, String sizeClass, String levels) {}
