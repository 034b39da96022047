package eu.resilience.assessment.organization;

/** A user who can be written to: an active account with an e-mail address, and its mail preferences. */
public record Contact(
        String username,
        String displayName,
        String email,
        Language language,
        Role role,
        Long organizationId,
        boolean wantsReminders) {

    static Contact of(UserAccount user) {
        return new Contact(
                user.getUsername(),
                user.getDisplayName(),
                user.getEmail(),
                user.getLanguage(),
                user.getRole(),
                user.getOrganization() == null ? null : user.getOrganization().getId(),
                user.wantsReminders());
    }
}
