package eu.resilience.assessment.organization;

/** A user account was deactivated: it can no longer log in; published in that transaction. */
public record UserDeactivated(String username, Long organizationId) {}
