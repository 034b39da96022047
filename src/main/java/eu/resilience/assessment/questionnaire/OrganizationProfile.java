package eu.resilience.assessment.questionnaire;

/**
 * What visibility conditions may know of an organization.
 *
 * @param sector NIS2 sector id, e.g. {@code energy}
 * @param size size class: micro, small, medium or large
 * @param country ISO 3166 alpha-2 code, or {@code other}
 */
public record OrganizationProfile(String sector, String size, String country) {}
