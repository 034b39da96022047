package eu.resilience.assessment.organization;

/** An administrator set a new password for an account; published in that transaction. */
public record PasswordReset(String username, Long organizationId) {}
