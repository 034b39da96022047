package eu.resilience.assessment.organization;

/** A user set their password through a one-time link; published in that transaction. */
public record PasswordSetByLink(String username, Long organizationId) {}
