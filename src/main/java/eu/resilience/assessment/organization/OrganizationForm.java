package eu.resilience.assessment.organization;

/** What an administrator enters for an organization: its name and its profile. */
public record OrganizationForm(String name, ProfileForm profile) {}
