package eu.resilience.assessment.organization;

/**
 * A user picked the language of the screens; published in that transaction.
 *
 * @param before null while the user never picked one (the browser's language)
 */
public record ScreenLanguageChanged(String username, Long organizationId, Language before, Language after) {}
