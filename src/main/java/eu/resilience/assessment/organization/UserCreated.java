package eu.resilience.assessment.organization;

/**
 * An administrator or coordinator created a user account; published in the creating transaction.
 *
 * @param organizationName null for an account of no organization (administrators, leads)
 */
public record UserCreated(String username, Role role, Long organizationId, String organizationName) {}
