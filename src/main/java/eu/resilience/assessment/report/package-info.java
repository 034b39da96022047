/**
 * Reports and exports: the company report (PDF) and workbook (xlsx) of one assessment, the partnership benchmark report
 * and workbook of a campaign. Every figure comes from the assessment and benchmark services (tenancy and confidentiality
 * stay theirs); every export is recorded in the audit log; every text written to Excel is inert.
 */
@ApplicationModule(
        allowedDependencies = {
            "assessment",
            "benchmark",
            "plan",
            "questionnaire",
            "scoring",
            "organization",
            "text",
            "base :: ui",
            "base :: chart"
        })
package eu.resilience.assessment.report;

import org.springframework.modulith.ApplicationModule;
