package eu.resilience.assessment.organization;

/**
 * An administrator changed an organization's name or profile; published in that transaction.
 *
 * @param before "name: profile" before the change
 * @param after "name: profile" after it
 */
public record OrganizationChanged(long organizationId, String before, String after) {}
