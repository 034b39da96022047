package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.resilience.assessment.assessment.AssessmentRework;
import eu.resilience.assessment.assessment.AssessmentStatus;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.CampaignSummary;
import eu.resilience.assessment.assessment.Participation;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import jakarta.annotation.security.RolesAllowed;

/** The partnership lead's campaigns: create one, follow participation, reopen or return a submission. */
@Route("campaigns")
@Menu(order = 20, title = "nav.campaigns")
@RolesAllowed("LEAD")
public class CampaignsView extends VerticalLayout implements HasDynamicTitle {

    private final CampaignService campaigns;
    private final AssessmentRework rework;
    private final Grid<CampaignSummary> campaignGrid = new Grid<>();
    private final Grid<Participation> participationGrid = new Grid<>();
    private final H3 participationTitle = new H3();
    private CampaignSummary selected;

    public CampaignsView(
            CampaignService campaigns,
            AssessmentRework rework,
            QuestionnaireService questionnaires,
            OrganizationService organizations,
            org.springframework.beans.factory.ObjectProvider<eu.resilience.assessment.assessment.CampaignTargets>
                    targets) {
        this.campaigns = campaigns;
        this.rework = rework;
        Button create = new Button(getTranslation("campaigns.new"), click -> new CampaignDialog(
                        campaigns, questionnaires, organizations, targets.getIfAvailable(), id -> refresh())
                .open());
        create.setId("new-campaign");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("campaigns.title")), create);
        header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(header);

        campaignGrid.setId("campaigns");
        campaignGrid
                .addColumn(CampaignSummary::name)
                .setHeader(getTranslation("campaigns.name"))
                .setFlexGrow(2);
        campaignGrid
                .addColumn(c -> questionnaires.title(c.questionnaireId(), c.questionnaireVersion(), getLocale()))
                .setHeader(getTranslation("home.questionnaire"))
                .setFlexGrow(2);
        campaignGrid
                .addColumn(c -> eu.resilience.assessment.text.Formats.date(c.opensOn(), getLocale()))
                .setHeader(getTranslation("campaigns.opens"))
                .setAutoWidth(true);
        campaignGrid
                .addColumn(c -> eu.resilience.assessment.text.Formats.date(c.closesOn(), getLocale()))
                .setHeader(getTranslation("campaigns.closes"))
                .setAutoWidth(true);
        // the counts take the room they need; the names and titles get the rest
        campaignGrid
                .addColumn(CampaignSummary::invited)
                .setHeader(getTranslation("campaigns.invited"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        campaignGrid
                .addColumn(CampaignSummary::started)
                .setHeader(getTranslation("campaigns.started"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        campaignGrid
                .addColumn(CampaignSummary::toReconfirm)
                .setHeader(getTranslation("campaigns.to-reconfirm"))
                .setTooltipGenerator(c -> getTranslation("campaigns.to-reconfirm.help"))
                .setAutoWidth(true)
                .setFlexGrow(0);
        campaignGrid
                .addColumn(c -> c.reopened() == 0
                        ? String.valueOf(c.submitted())
                        : c.submitted() + " (" + getTranslation("campaigns.reopened.count", c.reopened()) + ")")
                .setHeader(getTranslation("campaigns.submitted"));
        campaignGrid.setAllRowsVisible(true);
        campaignGrid.asSingleSelect().addValueChangeListener(e -> {
            selected = e.getValue();
            showParticipation();
        });
        add(campaignGrid);

        participationGrid.setId("participation");
        participationGrid
                .addColumn(Participation::organizationName)
                .setHeader(getTranslation("campaigns.organization"))
                .setFlexGrow(2);
        participationGrid
                .addColumn(p -> getTranslation("sector." + p.sector()))
                .setHeader(getTranslation("campaigns.sector"));
        participationGrid
                .addColumn(p -> getTranslation("status.assessment." + p.status().name())
                        + (p.reopened() ? " · " + getTranslation("campaigns.reopened") : "")
                        + (p.toReconfirm() > 0
                                ? " · " + getTranslation("campaigns.to-reconfirm.answers", p.toReconfirm())
                                : ""))
                .setHeader(getTranslation("home.status"));
        participationGrid
                .addColumn(p ->
                        p.closesOnExtended() == null ? "" : getTranslation("campaigns.extended", p.closesOnExtended()))
                .setHeader(getTranslation("campaigns.closes-for"));
        participationGrid
                .addComponentColumn(this::actions)
                .setHeader("")
                .setAutoWidth(true)
                .setFlexGrow(0);
        participationGrid.setAllRowsVisible(true);
        participationTitle.setVisible(false);
        participationGrid.setVisible(false);
        add(participationTitle, participationGrid);
        refresh();
    }

    private void refresh() {
        campaignGrid.setItems(campaigns.campaigns());
        showParticipation();
    }

    private void showParticipation() {
        boolean show = selected != null;
        participationTitle.setVisible(show);
        participationGrid.setVisible(show);
        if (show) {
            participationTitle.setText(getTranslation("campaigns.participation", selected.name()));
            participationGrid.setItems(campaigns.participation(selected.id()));
        }
    }

    private HorizontalLayout actions(Participation participation) {
        HorizontalLayout actions = new HorizontalLayout();
        java.time.LocalDate today = java.time.LocalDate.now();
        // an extension is offered from the day after the close until the last day one may reach (refused after)
        if (selected != null
                && today.isAfter(selected.closesOn())
                && !today.isAfter(CampaignService.lastExtensionDay(selected.closesOn()))) {
            java.time.LocalDate campaignCloses = selected.closesOn();
            Button extend = new Button(
                    getTranslation("campaigns.extend"),
                    click -> ExtensionDialog.open(campaigns, participation, campaignCloses, () -> act(() -> {})));
            extend.addThemeVariants(ButtonVariant.LUMO_SMALL);
            extend.setId("extend-" + participation.assessmentId());
            actions.add(extend);
        }
        if (participation.status() != AssessmentStatus.SUBMITTED) {
            if (participation.returnMessage() != null && participation.status() == AssessmentStatus.RETURNED) {
                Span message = new Span(participation.returnMessage());
                message.addClassName("ra-muted");
                actions.add(message);
            }
            return actions;
        }
        Button reopen = new Button(
                getTranslation("home.reopen"),
                click -> ReasonDialog.ask(
                        getTranslation("home.reopen"),
                        getTranslation("reopen.reason"),
                        reason -> act(() -> rework.reopen(participation.assessmentId(), reason))));
        reopen.addThemeVariants(ButtonVariant.LUMO_SMALL);
        reopen.setId("reopen-" + participation.assessmentId());
        Button giveBack = new Button(
                getTranslation("campaigns.return"),
                click -> ReasonDialog.ask(
                        getTranslation("campaigns.return"),
                        getTranslation("campaigns.return.message"),
                        message -> act(() -> rework.returnForRework(participation.assessmentId(), message))));
        giveBack.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        giveBack.setId("return-" + participation.assessmentId());
        actions.add(reopen, giveBack);
        reopen.setAriaLabel(reopen.getText() + " " + participation.organizationName());
        giveBack.setAriaLabel(giveBack.getText() + " " + participation.organizationName());
        return actions;
    }

    private void act(Runnable action) {
        action.run();
        refresh();
        Notification.show(getTranslation("campaigns.done")).addThemeVariants(NotificationVariant.LUMO_SUCCESS);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("campaigns.title");
    }
}
