package eu.resilience.assessment.organization;

/** The logged-in user's own account settings, as the profile page shows and edits them. */
public record MyAccount(String username, String displayName, String email, Language language, boolean reminders) {}
