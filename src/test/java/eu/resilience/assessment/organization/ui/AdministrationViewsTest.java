package eu.resilience.assessment.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import eu.resilience.assessment.organization.UserAdministration;
import eu.resilience.assessment.organization.UserSummary;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The administrator's screens: organizations and users, with the services' refusals shown in the dialogs. */
@SuppressWarnings("unchecked")
class AdministrationViewsTest extends KaribuTest {

    @Autowired
    UserAdministration users;

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
    void aMissingNameAndSectorAndATakenNameAreShownOnTheirFieldsAndClearedOnceFixed() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(OrganizationsView.class);

        _click(_get(Button.class, spec -> spec.withId("new-organization")));
        TextField name = _get(TextField.class, spec -> spec.withId("org-name"));
        ComboBox<Sector> sector = _get(ComboBox.class, spec -> spec.withId("org-sector"));
        _click(_get(Button.class, spec -> spec.withId("org-save")));
        assertThat(name.isInvalid()).isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("Enter the organization's name.");
        assertThat(sector.isInvalid()).isTrue();
        assertThat(sector.getErrorMessage()).isEqualTo("Choose the sector.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("org-error")))
                .as("no error paragraph: each error is on its field")
                .isEmpty();

        _setValue(name, "Nordgrid Energy");
        assertThat(name.isInvalid()).as("cleared as soon as the name is given").isFalse();
        _setValue(sector, Sector.ENERGY);
        assertThat(sector.isInvalid())
                .as("cleared as soon as the sector is chosen")
                .isFalse();
        _setValue(_get(ComboBox.class, spec -> spec.withId("org-size")), SizeClass.MEDIUM);
        _setValue(_get(ComboBox.class, spec -> spec.withId("org-country")), "DE");
        _click(_get(Button.class, spec -> spec.withId("org-save")));

        assertThat(name.isInvalid())
                .as("the service's refusal is shown on the field it is about")
                .isTrue();
        assertThat(name.getErrorMessage()).isEqualTo("An organization named \"Nordgrid Energy\" already exists.");

        String free = "Nordgrid Energy " + UUID.randomUUID();
        _setValue(name, free);
        assertThat(name.isInvalid()).as("cleared as soon as the name is fixed").isFalse();
        _click(_get(Button.class, spec -> spec.withId("org-save")));
        Grid<OrganizationSummary> grid = _get(Grid.class, spec -> spec.withId("organizations"));
        assertThat(GridKt._findAll(grid)).extracting(OrganizationSummary::name).contains(free);
    }

    @Test
    void theUserDialogShowsMissingFieldsAndTheServicesRefusalsOnTheirFields() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);

        _click(_get(Button.class, spec -> spec.withId("new-user")));
        TextField username = _get(TextField.class, spec -> spec.withId("user-username"));
        TextField displayName = _get(TextField.class, spec -> spec.withId("user-display-name"));
        ComboBox<Role> role = _get(ComboBox.class, spec -> spec.withId("user-role"));
        ComboBox<OrganizationSummary> organization = _get(ComboBox.class, spec -> spec.withId("user-organization"));
        EmailField email = _get(EmailField.class, spec -> spec.withId("user-email"));
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(username.getErrorMessage())
                .isEqualTo("The username must be 3 to 100 characters: lower-case letters, digits, dot, dash,"
                        + " underscore or @.");
        assertThat(displayName.getErrorMessage()).isEqualTo("Enter the user's full name.");
        assertThat(role.getErrorMessage()).isEqualTo("Choose the role.");
        assertThat(List.<HasValidation>of(username, displayName, role))
                .allSatisfy(field -> assertThat(field.isInvalid()).isTrue());

        _setValue(username, "admin");
        _setValue(displayName, "Second Admin");
        _setValue(role, Role.RESPONDENT);
        assertThat(List.<HasValidation>of(username, displayName, role))
                .as("cleared as soon as each is fixed")
                .allSatisfy(field -> assertThat(field.isInvalid()).isFalse());
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(organization.isInvalid()).isTrue();
        assertThat(organization.getErrorMessage())
                .isEqualTo("Respondents and coordinators belong to an organization: choose it.");

        _setValue(role, Role.LEAD);
        assertThat(organization.isInvalid())
                .as("a lead belongs to no organization")
                .isFalse();
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(username.isInvalid())
                .as("the service's refusal is shown on the field it is about")
                .isTrue();
        assertThat(username.getErrorMessage()).isEqualTo("The username admin is already taken.");
        assertThat(email.isInvalid()).isFalse();

        _setValue(username, "second-admin-" + UUID.randomUUID().toString().substring(0, 6));
        assertThat(username.isInvalid())
                .as("cleared as soon as the username is changed")
                .isFalse();
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(email.isInvalid())
                .as("without a password, a link goes by e-mail")
                .isTrue();
        assertThat(email.getErrorMessage())
                .isEqualTo("Enter an e-mail address (the user then gets a link to choose a password) or a password.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("user-error"))).isEmpty();
    }

    @Test
    void anAdministratorCreatesAUserAndACommonPasswordIsRefusedOnThePasswordField() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        String username = "nina-" + UUID.randomUUID().toString().substring(0, 6);

        _click(_get(Button.class, spec -> spec.withId("new-user")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Nina Lead");
        _setValue(_get(ComboBox.class, spec -> spec.withId("user-role")), Role.LEAD);
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        _setValue(password, "password1234");
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).startsWith("This password is on the list of common passwords");

        _setValue(password, "nine lanterns over the bay");
        assertThat(password.isInvalid())
                .as("cleared as soon as the password is changed")
                .isFalse();
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("users"));
        assertThat(GridKt._findAll(grid))
                .anySatisfy(u -> assertThat(u.username() + " " + u.role()).isEqualTo(username + " LEAD"));
    }

    @Test
    void aNewPasswordRefusedByThePolicyIsShownOnItsFieldAndClearedOnceChanged() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(UsersView.class);
        UserSummary respondent = users.users().stream()
                .filter(u -> u.username().equals("respondent"))
                .findFirst()
                .orElseThrow();
        new PasswordDialog(respondent.username(), chosen -> users.resetPassword(respondent.id(), chosen)).open();
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("new-password"));

        _click(_get(Button.class, spec -> spec.withId("password-save")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password is too short: use at least 12 characters.");

        _setValue(password, "Respondent");
        assertThat(password.isInvalid())
                .as("cleared as soon as a password is typed")
                .isFalse();
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        assertThat(password.isInvalid()).isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password is too short: use at least 12 characters.");

        _setValue(password, "password1234");
        assertThat(password.isInvalid()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("password-save")));
        assertThat(password.getErrorMessage()).startsWith("This password is on the list of common passwords");
        assertThat(_find(PasswordDialog.class))
                .as("the dialog stays open on a refusal")
                .hasSize(1);
    }
}
