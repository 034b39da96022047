package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.resilience.assessment.assessment.AssessmentRework;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.AssessmentStatus;
import eu.resilience.assessment.assessment.AssessmentSummary;
import eu.resilience.assessment.base.ui.AnsweringLinks;
import eu.resilience.assessment.base.ui.NarrowScreen;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.security.CurrentUser;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.beans.factory.ObjectProvider;

/** The respondent's home: the organization's assessments with campaign, status, progress and due date. */
@Route("assessments")
@Menu(order = 10, title = "nav.assessments")
@RolesAllowed({"RESPONDENT", "ORG_ADMIN"})
public class MyAssessmentsView extends VerticalLayout implements HasDynamicTitle {

    private final AssessmentService assessments;
    private final AssessmentRework rework;
    private final boolean coordinator;
    private final Grid<AssessmentSummary> grid = new Grid<>();
    private final ObjectProvider<AnsweringLinks> answeringLinks;

    public MyAssessmentsView(
            AssessmentService assessments,
            AssessmentRework rework,
            CurrentUser currentUser,
            ObjectProvider<AnsweringLinks> answeringLinks) {
        this.assessments = assessments;
        this.rework = rework;
        this.answeringLinks = answeringLinks;
        this.coordinator = currentUser.hasRole(Role.ORG_ADMIN);
        add(new H2(getTranslation("home.title")));
        Paragraph intro = new Paragraph(getTranslation("home.intro"));
        intro.addClassName("ra-muted");
        add(intro);

        grid.setId("assessments");
        grid.addColumn(AssessmentSummary::campaignName)
                .setHeader(getTranslation("home.campaign"))
                .setFlexGrow(2);
        var questionnaire = grid.addColumn(a ->
                        a.questionnaireAvailable() ? a.questionnaire().title().in(getLocale()) : a.questionnaireKey())
                .setHeader(getTranslation("home.questionnaire"))
                .setFlexGrow(2);
        // as wide as its longest badge in the user's language ("Non commencée", "Nicht begonnen"), never cut off
        var status = grid.addComponentColumn(this::statusBadge)
                .setHeader(getTranslation("home.status"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        var progress = grid.addComponentColumn(a -> {
                    if (!a.questionnaireAvailable()) {
                        return new Span();
                    }
                    ProgressBar bar = new ProgressBar(0, 1, a.progress());
                    bar.addClassName("ra-progress-cell");
                    bar.getElement()
                            .setAttribute("aria-label", getTranslation("home.progress.label", a.campaignName()));
                    Span percent = new Span(getTranslation("results.percent", a.progress() * 100));
                    return new HorizontalLayout(bar, percent);
                })
                .setHeader(getTranslation("home.progress"))
                .setFlexGrow(2);
        var due = grid.addColumn(a -> eu.resilience.assessment.text.Formats.date(a.closesOn(), getLocale()))
                .setAutoWidth(true)
                .setHeader(getTranslation("home.due"));
        // the actions column takes the width its buttons need, so none is cut off (1280 px and wider)
        var actions = grid.addComponentColumn(this::actions)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0)
                .setKey("actions");
        grid.setAllRowsVisible(true);
        // on a phone: the campaign and its actions, in two lines where they need it ("Answer" says what can be done)
        NarrowScreen.hideOnPhones(grid, questionnaire, status, progress, due);
        NarrowScreen.onWidth(grid, phone -> {
            actions.setAutoWidth(!phone);
            actions.setWidth(phone ? "220px" : null);
            if (!phone) {
                grid.recalculateColumnWidths();
            }
        });
        add(grid);
        refresh();
    }

    private void refresh() {
        var list = assessments.assessmentsOfMyOrganization();
        grid.setItems(list);
        if (list.isEmpty()) {
            add(new Paragraph(getTranslation("home.none")));
        }
    }

    private Span statusBadge(AssessmentSummary summary) {
        Span badge =
                new Span(getTranslation("status.assessment." + summary.status().name()));
        badge.getElement()
                .getThemeList()
                .add(
                        switch (summary.status()) {
                            case SUBMITTED -> "badge success";
                            case RETURNED -> "badge error";
                            default -> "badge";
                        });
        return badge;
    }

    private Component actions(AssessmentSummary summary) {
        if (!summary.questionnaireAvailable()) {
            // only this assessment is affected: its answers are kept, and it opens again once the questionnaire loads
            Span missing = new Span(getTranslation("home.questionnaire-missing"));
            missing.setId("missing-" + summary.id());
            missing.getElement().getThemeList().add("badge error");
            String why = getTranslation("assessment.questionnaire-missing", summary.questionnaireKey());
            missing.setTitle(why);
            missing.getElement().setAttribute("aria-label", why);
            return missing;
        }
        Button open =
                new Button(getTranslation(summary.answerable() ? "home.answer" : "home.view"), click -> UI.getCurrent()
                        .navigate(AssessmentView.class, AssessmentRoutes.of(summary.id())));
        open.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_PRIMARY);
        open.setId("open-" + summary.id());
        open.setAriaLabel(open.getText() + " " + summary.campaignName());
        open.getElement().setAttribute("data-campaign", summary.campaignName());
        Button results = new Button(getTranslation("assessment.results"), click -> UI.getCurrent()
                .navigate(ResultsView.class, AssessmentRoutes.of(summary.id())));
        results.addThemeVariants(ButtonVariant.LUMO_SMALL);
        results.setAriaLabel(results.getText() + " " + summary.campaignName());
        results.setId("results-" + summary.id());
        results.getElement().setAttribute("data-campaign", summary.campaignName());
        HorizontalLayout actions = new HorizontalLayout(open, results);
        actions.addClassName("ra-actions");
        answeringLinks.ifAvailable(links -> actions.add(links.forAssessment(summary.id(), summary.answerable(), true)));
        if (coordinator && summary.status() == AssessmentStatus.SUBMITTED) {
            Button reopen = new Button(
                    getTranslation("home.reopen"),
                    click ->
                            ReasonDialog.ask(getTranslation("home.reopen"), getTranslation("reopen.reason"), reason -> {
                                rework.reopen(summary.id(), reason);
                                refresh();
                            }));
            reopen.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            reopen.setId("reopen-" + summary.id());
            actions.add(reopen);
        }
        return actions;
    }

    @Override
    public String getPageTitle() {
        return getTranslation("home.title");
    }
}
