package eu.resilience.assessment.base.ui;

import com.vaadin.flow.component.Component;

/**
 * Answering offline, put on other modules' screens: the workbook of an assessment and its upload, the blank questionnaire
 * as a workbook and a PDF; implemented by the exchange module (which depends on those modules, so they cannot depend on
 * it).
 */
public interface AnsweringLinks {

    /**
     * "Download for answering" for one assessment of the user's organization and, when it can be answered now, "Upload"
     * (with its preview, then the choice to apply); after applying, the current screen is shown again.
     *
     * @param compact icons with their names as tooltip and label, for a row of a list
     */
    Component forAssessment(long assessmentId, boolean answerable, boolean compact);

    /** The blank workbook and the printable PDF of one questionnaire version. */
    Component forQuestionnaire(String questionnaireId, String version);

    /** The blank questionnaire of one version as a PDF to print, named in full, for those who answer on paper first. */
    Component blankPdf(String questionnaireId, String version);
}
