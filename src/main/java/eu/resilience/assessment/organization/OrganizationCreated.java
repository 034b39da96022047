package eu.resilience.assessment.organization;

/**
 * An administrator created an organization; published in the creating transaction.
 *
 * @param profile the profile as words (sector, size class, country)
 */
public record OrganizationCreated(long organizationId, String name, String profile) {}
