package eu.resilience.assessment.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import eu.resilience.assessment.organization.Country;
import eu.resilience.assessment.organization.OrganizationAdministration;
import eu.resilience.assessment.organization.OrganizationException;
import eu.resilience.assessment.organization.OrganizationSummary;
import jakarta.annotation.security.RolesAllowed;

/** The administrator's organizations: list, create, edit name and profile, deactivate. */
@Route("admin/organizations")
@Menu(order = 100, title = "nav.organizations")
@RolesAllowed("ADMIN")
public class OrganizationsView extends VerticalLayout implements HasDynamicTitle {

    private final OrganizationAdministration administration;
    private final Grid<OrganizationSummary> grid = new Grid<>();

    public OrganizationsView(OrganizationAdministration administration) {
        this.administration = administration;
        setSizeFull();
        Button create = new Button(getTranslation("organizations.new"), click -> new OrganizationDialog(null, form -> {
                    administration.create(form);
                    refresh();
                })
                .open());
        create.setId("new-organization");
        create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        HorizontalLayout header = new HorizontalLayout(new H2(getTranslation("organizations.title")), create);
        header.setDefaultVerticalComponentAlignment(Alignment.CENTER);
        add(header);

        grid.setId("organizations");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.addColumn(OrganizationSummary::name)
                .setHeader(getTranslation("organization.name"))
                .setAutoWidth(true)
                .setKey("name");
        grid.addColumn(o -> getTranslation("sector." + o.sector().id()))
                .setHeader(getTranslation("organization.sector"))
                .setFlexGrow(2);
        grid.addColumn(o -> o.subSector() == null ? "" : getTranslation("subsector." + o.subSector()))
                .setHeader(getTranslation("organization.sub-sector"))
                .setFlexGrow(2);
        grid.addColumn(o -> getTranslation("size." + o.sizeClass().id()))
                .setHeader(getTranslation("organization.size"))
                .setFlexGrow(2);
        grid.addColumn(o -> Country.OTHER.equals(o.country())
                        ? getTranslation("country.other")
                        : Country.name(o.country(), getLocale()))
                .setHeader(getTranslation("organization.country"));
        grid.addColumn(o -> getTranslation(o.active() ? "account.active" : "account.inactive"))
                .setHeader(getTranslation("account.status"))
                .setKey("status");
        grid.addComponentColumn(this::actions).setAutoWidth(true).setFlexGrow(0);
        add(grid);
        refresh();
    }

    private HorizontalLayout actions(OrganizationSummary organization) {
        Button edit = new Button(getTranslation("action.edit"), click -> new OrganizationDialog(organization, form -> {
                    administration.update(organization.id(), form);
                    refresh();
                })
                .open());
        edit.setId("edit-organization-" + organization.id());
        edit.addThemeVariants(ButtonVariant.LUMO_SMALL);
        HorizontalLayout actions = new HorizontalLayout(edit);
        if (organization.active()) {
            Button deactivate =
                    new Button(getTranslation("action.deactivate"), click -> confirmDeactivation(organization));
            deactivate.setId("deactivate-organization-" + organization.id());
            deactivate.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_ERROR);
            actions.add(deactivate);
        }
        return actions;
    }

    private void confirmDeactivation(OrganizationSummary organization) {
        ConfirmDialog confirm = new ConfirmDialog(
                getTranslation("organizations.deactivate.title", organization.name()),
                getTranslation("organizations.deactivate.text"),
                getTranslation("action.deactivate"),
                event -> {
                    try {
                        administration.deactivate(organization.id());
                    } catch (OrganizationException refused) {
                        Notification.show(getTranslation(refused.messageKey(), refused.arguments()))
                                .addThemeVariants(NotificationVariant.LUMO_ERROR);
                    }
                    refresh();
                });
        confirm.setCancelable(true);
        confirm.setCancelText(getTranslation("action.cancel"));
        confirm.setConfirmButtonTheme("error primary");
        confirm.open();
    }

    private void refresh() {
        grid.setItems(administration.organizations());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("organizations.title");
    }
}
