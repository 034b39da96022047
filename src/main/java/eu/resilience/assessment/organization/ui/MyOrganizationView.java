package eu.resilience.assessment.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.resilience.assessment.organization.OrganizationAdministration;
import eu.resilience.assessment.organization.OrganizationException;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.UserAdministration;
import eu.resilience.assessment.organization.UserSummary;
import jakarta.annotation.security.RolesAllowed;

/**
 * The coordinator's own organization: its profile, whether partnership leads may see its results by name (confirmed,
 * audited), and its respondents (create, deactivate).
 */
@Route("my-organization")
@Menu(order = 15, title = "nav.my-organization")
@RolesAllowed("ORG_ADMIN")
public class MyOrganizationView extends VerticalLayout implements HasDynamicTitle {

    private final OrganizationAdministration organizations;
    private final UserAdministration users;
    private final ProfileFields profile = new ProfileFields("profile");
    private final Paragraph profileError = new Paragraph();
    private final UserGrid grid = new UserGrid("respondents", false);

    public MyOrganizationView(
            OrganizationAdministration organizations, UserAdministration users, OrganizationService consent) {
        this.organizations = organizations;
        this.users = users;
        OrganizationSummary mine = organizations.myOrganization();
        H2 title = new H2(mine.name());
        title.setId("my-organization-name");
        Paragraph intro = new Paragraph(getTranslation("my-organization.intro"));
        intro.addClassName("ra-muted");
        profile.setValue(mine.profile());
        profile.addClassName("ra-form");
        profileError.setId("profile-error");
        profileError.addClassName("ra-error");
        profileError.setVisible(false);
        Button save = new Button(getTranslation("action.save"), click -> saveProfile());
        save.setId("profile-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add(title, new H3(getTranslation("my-organization.profile")), intro, profile, profileError, save);
        addConsent(consent, mine.shareNamedResults());

        Button create = new Button(getTranslation("respondents.new"), click -> new UserDialog(null, form -> {
                    users.createRespondent(form);
                    refresh();
                    Notification.show(UserDialog.createdMessage(this, form))
                            .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                })
                .open());
        create.setId("new-respondent");
        HorizontalLayout header = new HorizontalLayout(new H3(getTranslation("respondents.title")), create);
        header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        grid.setAllRowsVisible(true);
        add(header, grid);
        refresh();
    }

    /** The consent to named results: a change takes effect only once confirmed; cancelling puts the box back. */
    private void addConsent(OrganizationService consent, boolean given) {
        Checkbox share = new Checkbox(getTranslation("operator.consent"), given);
        share.setId("consent");
        share.addValueChangeListener(change -> {
            if (change.getValue() == sharedNow) {
                return; // put back after a cancel
            }
            boolean wanted = change.getValue();
            ConfirmDialog confirm = new ConfirmDialog();
            confirm.setId("consent-confirm");
            confirm.setHeader(getTranslation(wanted ? "consent.confirm.give.title" : "consent.confirm.withdraw.title"));
            confirm.setText(getTranslation(wanted ? "consent.confirm.give" : "consent.confirm.withdraw"));
            confirm.setCancelable(true);
            confirm.setCancelText(getTranslation("action.cancel"));
            confirm.setConfirmText(getTranslation(wanted ? "consent.give" : "consent.withdraw"));
            confirm.addConfirmListener(confirmed -> {
                consent.setNamedResultsConsent(wanted);
                sharedNow = wanted;
                Notification.show(getTranslation(wanted ? "consent.given" : "consent.withdrawn"))
                        .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
            });
            confirm.addCancelListener(cancelled -> share.setValue(sharedNow));
            confirm.open();
        });
        sharedNow = given;
        Paragraph explained = new Paragraph(getTranslation("consent.explained"));
        explained.addClassName("ra-muted");
        add(new H3(getTranslation("operator.consent.title")), explained, share);
    }

    private boolean sharedNow;

    private void saveProfile() {
        profileError.setVisible(false);
        if (!profile.validate()) {
            return;
        }
        try {
            organizations.updateMyProfile(profile.value());
            Notification.show(getTranslation("my-organization.saved"))
                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
        } catch (OrganizationException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            if (!profile.showRefusal(refused.messageKey(), message)) {
                profileError.setText(message);
                profileError.setVisible(true);
            }
        }
    }

    private HorizontalLayout actions(UserSummary user) {
        HorizontalLayout actions = new HorizontalLayout();
        if (user.active() && user.role() == Role.RESPONDENT) {
            Button deactivate = new Button(getTranslation("action.deactivate"), click -> {
                try {
                    users.deactivateRespondent(user.id());
                } catch (OrganizationException refused) {
                    Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                            .addThemeVariants(NotificationVariant.LUMO_ERROR);
                }
                refresh();
            });
            deactivate.setId("deactivate-user-" + user.username());
            deactivate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(deactivate);
        }
        return actions;
    }

    private void refresh() {
        grid.setItems(users.myOrganizationsUsers());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("nav.my-organization");
    }
}
