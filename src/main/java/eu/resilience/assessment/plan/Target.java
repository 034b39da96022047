package eu.resilience.assessment.plan;

import java.util.Map;

/**
 * A target profile: what a questionnaire version expects of the organizations it applies to.
 *
 * @param sector the NIS2 sector id it applies to, or null for every sector
 * @param sizeClass the size class id it applies to, or null for every size
 * @param domains the target of each domain that has one, by domain id
 * @param practiceMinimums the least option each listed practice must be answered with, by practice id
 */
public record Target(
        long id,
        String name,
        String questionnaireId,
        String questionnaireVersion,
        String sector,
        String sizeClass,
        Map<String, DomainTarget> domains,
        Map<String, String> practiceMinimums) {

    public Target {
        domains = Map.copyOf(domains);
        practiceMinimums = Map.copyOf(practiceMinimums);
    }

    /** Whether it applies to an organization of this sector and size class. */
    public boolean appliesTo(String organizationSector, String organizationSize) {
        return (sector == null || sector.equals(organizationSector))
                && (sizeClass == null || sizeClass.equals(organizationSize));
    }

    /** How specific it is: sector and size 3, sector 2, size 1, everybody 0 (the most specific one applies). */
    public int specificity() {
        return (sector == null ? 0 : 2) + (sizeClass == null ? 0 : 1);
    }
}
