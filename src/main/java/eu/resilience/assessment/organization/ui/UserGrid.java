package eu.resilience.assessment.organization.ui;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import eu.resilience.assessment.organization.UserSummary;

/** The columns every list of user accounts shows; the views add their actions. */
class UserGrid extends Grid<UserSummary> {

    UserGrid(String id, boolean withOrganization) {
        setId(id);
        addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        addColumn(UserSummary::username)
                .setHeader(getTranslation("user.username"))
                .setKey("username")
                .setFlexGrow(2);
        addColumn(UserSummary::displayName)
                .setHeader(getTranslation("user.display-name"))
                .setFlexGrow(2);
        addColumn(u -> u.email() == null ? "—" : u.email())
                .setHeader(getTranslation("user.email"))
                .setKey("email")
                .setFlexGrow(2);
        addColumn(u -> getTranslation("role." + u.role().name()))
                .setHeader(getTranslation("user.role"))
                .setAutoWidth(true);
        if (withOrganization) {
            addColumn(u -> u.organizationName() == null ? "—" : u.organizationName())
                    .setHeader(getTranslation("user.organization"))
                    .setFlexGrow(2);
        }
        addColumn(u -> getTranslation(u.active() ? "account.active" : "account.inactive"))
                .setHeader(getTranslation("account.status"))
                .setKey("status");
    }
}
