package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.assessment.SnapshotReader.CampaignRef;
import java.util.List;
import java.util.Set;

/**
 * What the full data export of a campaign may contain (docs/DISCLOSURE.md): the records of the campaign's final release
 * (its first release after the close date), each under a pseudonym drawn for this export alone, in the pseudonyms'
 * order; the sector, or "other sectors" when fewer than k unnamed records share it; organizations that consented by
 * name. Unnamed records carry only the practices that every organization is asked (a visibility condition would reveal
 * the size class, country or sector).
 *
 * @param unnamedPractices the practices exported for unnamed records
 * @param leftOutChanged records left out because the assessment was reopened or resubmitted since the release
 * @param leftOutSmallGroups unnamed records left out because even the pooled "other sectors" had fewer than k
 */
public record Microdata(
        CampaignRef campaign,
        Release release,
        List<Record> records,
        Set<String> unnamedPractices,
        int leftOutChanged,
        int leftOutSmallGroups) {

    /** The sector written for records pooled from sectors with fewer than k unnamed records. */
    public static final String OTHER_SECTORS = "other";

    /**
     * One exported record.
     *
     * @param sector the sector id, or {@link #OTHER_SECTORS}
     * @param organizationName the name, for an organization that consented to named results; otherwise null
     */
    public record Record(long assessmentId, String code, String sector, String organizationName) {}
}
