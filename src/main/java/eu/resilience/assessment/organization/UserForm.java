package eu.resilience.assessment.organization;

/**
 * A new user account as entered by an administrator (or, for respondents, by their coordinator).
 *
 * @param organizationId the organization of respondents and coordinators; null for leads and administrators
 * @param email the user's e-mail address (unique); required when no password is given
 * @param password the first password, or blank: then the user gets a one-time link by e-mail to choose it
 */
public record UserForm(
        String username, String displayName, Role role, Long organizationId, String email, String password) {

    /** An account without e-mail address, with its first password. */
    public UserForm(String username, String displayName, Role role, Long organizationId, String password) {
        this(username, displayName, role, organizationId, null, password);
    }
}
