package eu.resilience.assessment.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Download links for the reports, put on other modules' screens; implemented by the report module (which depends on
 * those modules, so they cannot depend on it).
 */
public interface ReportLinks {

    /** Links to the company report (PDF) and workbook of one assessment, for its organization's users. */
    Component forAssessment(long assessmentId);

    /**
     * Links to the partnership benchmark report and workbook of one published release, and to the campaign's full data
     * export, for partnership leads.
     */
    Component forCampaign(long campaignId, long releaseId);

    /** Links to the organization's improvement plan as a workbook and a Word document, for its users. */
    default Component forPlan() {
        return new com.vaadin.flow.component.html.Div();
    }
}
