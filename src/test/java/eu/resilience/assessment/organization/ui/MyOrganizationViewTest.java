package eu.resilience.assessment.organization.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.pro.ConfirmDialogKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import eu.resilience.assessment.As;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.organization.OrganizationAdministration;
import eu.resilience.assessment.organization.OrganizationForm;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.organization.ProfileForm;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import eu.resilience.assessment.organization.UserAdministration;
import eu.resilience.assessment.organization.UserForm;
import eu.resilience.assessment.organization.UserSummary;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** The coordinator's screen: their organization's profile and respondents, and nobody else's. */
@SuppressWarnings("unchecked")
class MyOrganizationViewTest extends KaribuTest {

    @Autowired
    OrganizationAdministration organizations;

    @Autowired
    UserAdministration users;

    @Autowired
    eu.resilience.assessment.organization.OrganizationService organizationService;

    @Autowired
    eu.resilience.assessment.audit.AuditLog audit;

    private String coordinator;
    private OrganizationSummary organization;

    @BeforeEach
    void aCoordinatorOfTheirOwnOrganization() {
        organization = As.user(
                "admin",
                Role.ADMIN,
                () -> organizations.create(new OrganizationForm(
                        "Water Board " + UUID.randomUUID(),
                        new ProfileForm(Sector.DRINKING_WATER, null, SizeClass.SMALL, "LU"))));
        coordinator = "coord-" + UUID.randomUUID().toString().substring(0, 8);
        As.user(
                "admin",
                Role.ADMIN,
                () -> users.create(new UserForm(
                        coordinator, "Cora", Role.ORG_ADMIN, organization.id(), "a long enough passphrase")));
    }

    @Test
    void theCoordinatorChangesTheSizeClassOfTheirOrganization() {
        login(coordinator, Role.ORG_ADMIN);
        UI.getCurrent().navigate(MyOrganizationView.class);
        assertThat(_get(H2.class, spec -> spec.withId("my-organization-name")).getText())
                .isEqualTo(organization.name());

        _setValue(_get(ComboBox.class, spec -> spec.withId("profile-size")), SizeClass.MEDIUM);
        _click(_get(Button.class, spec -> spec.withId("profile-save")));

        assertThat(As.user(coordinator, Role.ORG_ADMIN, () -> organizations.myOrganization())
                        .sizeClass())
                .isEqualTo(SizeClass.MEDIUM);
    }

    @Test
    void aProfileFieldLeftEmptyIsShownOnItsFieldNotSavedAndClearedOnceChosen() {
        login(coordinator, Role.ORG_ADMIN);
        UI.getCurrent().navigate(MyOrganizationView.class);
        ComboBox<SizeClass> size = _get(ComboBox.class, spec -> spec.withId("profile-size"));
        ComboBox<String> country = _get(ComboBox.class, spec -> spec.withId("profile-country"));

        _setValue(size, null);
        assertThat(size.isInvalid()).as("shown as soon as it is emptied").isTrue();
        assertThat(size.getErrorMessage()).isEqualTo("Choose the size class.");
        _setValue(country, null);
        _click(_get(Button.class, spec -> spec.withId("profile-save")));
        assertThat(country.isInvalid()).isTrue();
        assertThat(country.getErrorMessage()).isEqualTo("Choose the country from the list.");
        assertThat(As.user(coordinator, Role.ORG_ADMIN, () -> organizations.myOrganization())
                        .sizeClass())
                .as("nothing saved")
                .isEqualTo(SizeClass.SMALL);

        _setValue(size, SizeClass.LARGE);
        _setValue(country, "BE");
        assertThat(size.isInvalid()).as("cleared once chosen").isFalse();
        assertThat(country.isInvalid()).isFalse();
        _click(_get(Button.class, spec -> spec.withId("profile-save")));
        assertThat(As.user(coordinator, Role.ORG_ADMIN, () -> organizations.myOrganization())
                        .country())
                .isEqualTo("BE");
    }

    @Test
    void theCoordinatorCreatesARespondentAndAPasswordEqualToTheUsernameIsRefused() {
        login(coordinator, Role.ORG_ADMIN);
        UI.getCurrent().navigate(MyOrganizationView.class);
        String username = "resp-" + UUID.randomUUID().toString().substring(0, 8) + "-long";

        _click(_get(Button.class, spec -> spec.withId("new-respondent")));
        _setValue(_get(TextField.class, spec -> spec.withId("user-username")), username);
        _setValue(_get(TextField.class, spec -> spec.withId("user-display-name")), "Ruth");
        _setValue(_get(PasswordField.class, spec -> spec.withId("user-password")), username);
        _click(_get(Button.class, spec -> spec.withId("user-save")));
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("user-password"));
        assertThat(password.isInvalid())
                .as("the refusal is shown on the password")
                .isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password must not be the username.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("user-error"))).isEmpty();

        _setValue(password, "ruth answers the questions");
        assertThat(password.isInvalid())
                .as("cleared as soon as the password is changed")
                .isFalse();
        _click(_get(Button.class, spec -> spec.withId("user-save")));

        Grid<UserSummary> grid = _get(Grid.class, spec -> spec.withId("respondents"));
        assertThat(GridKt._findAll(grid))
                .extracting(UserSummary::username)
                .containsExactlyInAnyOrder(coordinator, username)
                .doesNotContain("respondent");
    }

    @Test
    void theConsentToNamedResultsBelongsToTheOrganizationAndChangesOnlyOnceConfirmedAndAudited() {
        login(coordinator, Role.ORG_ADMIN);
        UI.getCurrent().navigate(MyOrganizationView.class);
        Checkbox consent = _get(Checkbox.class, spec -> spec.withId("consent"));
        assertThat(consent.getValue()).isFalse();

        _setValue(consent, true);
        ConfirmDialog confirm = _get(ConfirmDialog.class, spec -> spec.withId("consent-confirm"));
        assertThat(ConfirmDialogKt.getHeader(confirm)).isEqualTo("Share your results by name?");
        ConfirmDialogKt._fireCancel(confirm);
        assertThat(consent.getValue()).as("cancelled: the box is put back").isFalse();
        assertThat(shares()).isFalse();

        _setValue(consent, true);
        ConfirmDialogKt._fireConfirm(_get(ConfirmDialog.class, spec -> spec.withId("consent-confirm")));
        assertThat(shares()).isTrue();
        assertThat(As.user("admin", Role.ADMIN, () -> audit.eventsOf("organization", organization.id())))
                .anySatisfy(event -> {
                    assertThat(event.getAction()).isEqualTo("CONSENT_CHANGED");
                    assertThat(event.getUsername()).isEqualTo(coordinator);
                    assertThat(event.getOldValue()).isEqualTo("false");
                    assertThat(event.getNewValue()).isEqualTo("true");
                });

        _setValue(consent, false);
        assertThat(ConfirmDialogKt.getHeader(_get(ConfirmDialog.class, spec -> spec.withId("consent-confirm"))))
                .isEqualTo("Stop sharing your results by name?");
    }

    private boolean shares() {
        return As.user(coordinator, Role.ORG_ADMIN, () -> organizationService.myOrganization())
                .shareNamedResults();
    }
}
