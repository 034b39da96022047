package eu.resilience.assessment.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import eu.resilience.assessment.organization.UserSummary;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/** The administrator's screens: organizations and users, with the services' refusals shown in the dialogs. */
@SuppressWarnings("unchecked")
class AdministrationViewsTest extends KaribuTest {

    @Test
    void anAdministratorCreatesAnOrganization() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(OrganizationsView.class);
        String name = "Port Authority " + UUID.randomUUID();

        _click(_get(Button.class, spec -> spec.withId("new-organization")));
        _setValue(_get(TextField.class, spec -> spec.withId("org-name")), name);
        _setValue(_get(ComboBox.class, spec -> spec.withId("org-sector")), Sector.TRANSPORT);
        _setValue(_get(ComboBox.class, spec -> spec.withId("org-sub-sector")), "water");
        _setValue(_get(ComboBox.class, spec -> spec.withId("org-size")), SizeClass.MEDIUM);
        _setValue(_get(ComboBox.class, spec -> spec.withId("org-country")), "NL");
        _click(_get(Button.class, spec -> spec.withId("org-save")));

        Grid<OrganizationSummary> grid = _get(Grid.class, spec -> spec.withId("organizations"));
        OrganizationSummary created = GridKt._findAll(grid).stream()
                .filter(o -> o.name().equals(name))
                .findFirst()
                .orElseThrow();
        assertThat(created.subSector()).isEqualTo("water");
        assertThat(created.country()).isEqualTo("NL");
    }

    @Test
    void aTakenNameAndAMissingSectorAreRefusedInTheDialogWithClearMessages() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(OrganizationsView.class);

        _click(_get(Button.class, spec -> spec.withId("new-organization")));
        TextField name = _get(TextField.class, spec -> spec.withId("org-name"));
        _click(_get(Button.class, spec -> spec.withId("org-save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter the organization's name.");

        _setValue(name, "Nordgrid Energy");
        _click(_get(Button.class, spec -> spec.withId("org-save")));

        assertThat(name.isInvalid())
                .as("the refusal is shown on the field it is about")
                .isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("An organization named \"Nordgrid Energy\" already exists.");

        _setValue(name, "Nordgrid Energy " + UUID.randomUUID());
        assertThat(name.isInvalid()).as("cleared as soon as the name is fixed").isFalse();
        _click(_get(Button.class, spec -> spec.withId("org-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("org-error")).getText())
                .isEqualTo("Choose the sector.");
    }

    @Test
    void anAdministratorCreatesAUserAndACommonPasswordIsRefused() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        String username = "nina-" + UUID.randomUUID().toString().substring(0, 6);

        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Nina Lead");
        _setValue(_get(ComboBox.class, spec -> spec.withId("user-role")), Role.LEAD);
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "password1234");
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(_get(Paragraph.class, spec -> spec.withId("user-error")).getText())
                .startsWith("This password is on the list of common passwords");

        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), "nine lanterns over the bay");
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(GridKt._findAll(grid))
                .anySatisfy(u -> assertThat(u.username() + " " + u.role()).isEqualTo(username + " LEAD"));
    }
}
