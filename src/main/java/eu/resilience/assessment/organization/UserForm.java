package eu.resilience.assessment.organization;

/**
 * A new user account as entered by an administrator (or, for respondents, by their coordinator).
 *
 * @param organizationId the organization of respondents and coordinators; null for leads and administrators
 */
public record UserForm(String username, String displayName, Role role, Long organizationId, String password) {}
