/**
 * Answering offline: an assessment as a workbook to fill in Excel (dropdowns of the scale's labels, locked cells, a hidden
 * sheet with the revisions), its upload back with a preview before anything is written, and the blank questionnaire as a
 * workbook and a printable PDF. Every change is stored through the assessment service, with its rules.
 */
@ApplicationModule(allowedDependencies = {"assessment", "questionnaire", "organization", "text", "base :: ui"})
package eu.resilience.assessment.exchange;

import org.springframework.modulith.ApplicationModule;
