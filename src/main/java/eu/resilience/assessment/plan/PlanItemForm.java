package eu.resilience.assessment.plan;

import java.time.LocalDate;

/**
 * A plan item as a coordinator fills it in.
 *
 * @param ownerUsername a user of the organization who owns the action, or null
 * @param ownerName a free name of the owner (someone without an account), used when {@code ownerUsername} is null
 * @param dropReason why the item is dropped; required with {@link PlanStatus#DROPPED}
 */
public record PlanItemForm(
        String practiceId,
        String action,
        String ownerUsername,
        String ownerName,
        LocalDate dueOn,
        Priority priority,
        PlanStatus status,
        String dropReason) {}
