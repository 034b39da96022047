package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouterLink;
import eu.resilience.assessment.assessment.AssessmentException;

/** What an assessment screen shows when the assessment cannot be shown now (its questionnaire is not loaded). */
final class AssessmentUnavailable {

    private AssessmentUnavailable() {}

    static Component of(Component view, AssessmentException refused) {
        Paragraph message = new Paragraph(view.getTranslation(refused.messageKey(), refused.arguments()));
        message.setId("assessment-unavailable");
        message.getElement().getThemeList().add("badge error");
        RouterLink back = new RouterLink(view.getTranslation("home.back"), MyAssessmentsView.class);
        back.setId("back-to-assessments");
        return new Div(message, back);
    }
}
