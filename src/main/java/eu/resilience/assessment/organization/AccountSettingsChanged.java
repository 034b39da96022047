package eu.resilience.assessment.organization;

/** A user changed their own e-mail address, mail language or reminders; published in that transaction. */
public record AccountSettingsChanged(String username, Long organizationId, String before, String after) {}
