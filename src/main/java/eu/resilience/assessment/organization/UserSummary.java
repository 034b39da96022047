package eu.resilience.assessment.organization;

/** A user account as the administration screens list it (never with its password hash). */
public record UserSummary(
        long id,
        String username,
        String displayName,
        Role role,
        Long organizationId,
        String organizationName,
        boolean active,
        String email) {

    static UserSummary of(UserAccount user) {
        Organization organization = user.getOrganization();
        return new UserSummary(
                user.getId(),
                user.getUsername(),
                user.getDisplayName(),
                user.getRole(),
                organization == null ? null : organization.getId(),
                organization == null ? null : organization.getName(),
                user.isActive(),
                user.getEmail());
    }
}
