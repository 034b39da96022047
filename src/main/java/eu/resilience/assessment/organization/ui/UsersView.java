package eu.resilience.assessment.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.resilience.assessment.organization.OrganizationAdministration;
import eu.resilience.assessment.organization.OrganizationException;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.organization.UserAdministration;
import eu.resilience.assessment.organization.UserSummary;
import jakarta.annotation.security.RolesAllowed;

/** The administrator's user accounts: list, create with role and organization, reset a password, deactivate. */
@Route("admin/users")
@Menu(order = 110, title = "nav.users")
@RolesAllowed("ADMIN")
public class UsersView extends VerticalLayout implements HasDynamicTitle {

    private final UserAdministration users;
    private final UserGrid grid = new UserGrid("users", true);

    public UsersView(UserAdministration users, OrganizationAdministration organizations) {
        this.users = users;
        setSizeFull();
        Button create = new Button(getTranslation("users.new"), click -> new UserDialog(
                        organizations.organizations().stream()
                                .filter(OrganizationSummary::active)
                                .toList(),
                        form -> {
                            users.create(form);
                            refresh();
                            Notification.show(UserDialog.createdMessage(this, form))
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        })
                .open());
        create.setId("new-user");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("users.title")), create);
        header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(header);

        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        add(grid);
        refresh();
    }

    private HorizontalLayout actions(UserSummary user) {
        HorizontalLayout actions = new HorizontalLayout();
        if (!user.active()) {
            return actions;
        }
        Button reset = new Button(
                getTranslation("users.reset-password"), click -> new PasswordDialog(user.username(), password -> {
                            users.resetPassword(user.id(), password);
                            Notification.show(getTranslation("users.password-reset", user.username()))
                                    .addThemeVariants(NotificationVariant.LUMO_SUCCESS);
                        })
                        .open());
        reset.setId("reset-password-" + user.username());
        reset.addThemeVariants(ButtonVariant.LUMO_SMALL);
        Button deactivate = new Button(getTranslation("action.deactivate"), click -> {
            try {
                users.deactivate(user.id());
            } catch (OrganizationException refused) {
                Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                        .addThemeVariants(NotificationVariant.LUMO_ERROR);
            }
            refresh();
        });
        deactivate.setId("deactivate-user-" + user.username());
        deactivate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
        actions.add(reset, deactivate);
        return actions;
    }

    private void refresh() {
        grid.setItems(users.users());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("users.title");
    }
}
