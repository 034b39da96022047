package eu.resilience.assessment.organization;

/** What the login needs of an account: its name, password hash, role and whether it is active. For security only. */
public record LoginAccount(String username, String passwordHash, Role role, boolean active) {}
