package eu.resilience.assessment.base.ui;

import com.vaadin.flow.component.Component;

/**
 * A section of the results screen that another module provides (the gap to target and the way to the improvement
 * plan); implemented by the plan module, which depends on the results' module, so that one cannot depend on it.
 */
public interface ResultsPanels {

    /** The section for one assessment of the user's organization. */
    Component forResults(long assessmentId);
}
