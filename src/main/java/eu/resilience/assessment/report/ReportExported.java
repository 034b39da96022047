package eu.resilience.assessment.report;

/**
 * A user downloaded a report or workbook; published in the export's own short write transaction.
 *
 * @param subject what the export is of
 * @param subjectId the assessment's, campaign's or (for a plan) organization's id
 * @param organizationId the exporting organization, null for a lead's export of a campaign
 * @param kind the kind of file, e.g. "pdf", "xlsx", "data-xlsx"
 * @param description what it holds (its TLP label, campaign, rows...)
 */
public record ReportExported(Subject subject, long subjectId, Long organizationId, String kind, String description) {

    /** What an export is of. */
    public enum Subject {
        ASSESSMENT,
        CAMPAIGN,
        PLAN
    }
}
