package eu.resilience.assessment.organization;

/** An administrator deactivated an organization and its user accounts; published in that transaction. */
public record OrganizationDeactivated(long organizationId, int userAccounts) {}
