package eu.resilience.assessment.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import eu.resilience.assessment.organization.OrganizationException;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.organization.PasswordPolicy;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.UserForm;
import eu.resilience.assessment.text.FreeText;
import java.util.List;
import java.util.function.Consumer;

/**
 * A new user account. Administrators pick the role and the organization; coordinators create respondents of their own
 * organization, so the dialog shows neither. Each field shows its own error (cleared as soon as it is fixed), the
 * service's refusals too (username or e-mail address taken, password policy); the dialog stays open on a refusal.
 */
class UserDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<OrganizationSummary> organization = new ComboBox<>();
    private final PasswordField password = new PasswordField();
    private final Paragraph error = new Paragraph();
    private final Binder<Draft> binder = new Binder<>();
    private final FieldRefusals refusals = new FieldRefusals();
    private Binder.Binding<Draft, OrganizationSummary> organizationBinding;

    /** What was typed, field by field. */
    static final class Draft {
        String username = "";
        String displayName = "";
        String email = "";
        Role role;
        OrganizationSummary organization;
        String password = "";
    }

    /**
     * @param organizations the organizations an administrator may choose from, or null for a coordinator's respondent
     * @param save saves the form through the service; a refusal it throws is shown and the dialog stays open
     */
    UserDialog(List<OrganizationSummary> organizations, Consumer<UserForm> save) {
        setHeaderTitle(getTranslation(organizations == null ? "respondents.new" : "users.new"));
        username.setLabel(getTranslation("user.username"));
        username.setId("user-username");
        username.setRequired(true);
        username.setHelperText(getTranslation("user.username.help"));
        displayName.setLabel(getTranslation("user.display-name"));
        displayName.setId("user-display-name");
        displayName.setRequired(true);
        displayName.setMaxLength(200);
        email.setLabel(getTranslation("user.email"));
        email.setId("user-email");
        email.setHelperText(getTranslation("user.email.help"));
        email.setI18n(new EmailField.EmailFieldI18n().setPatternErrorMessage(getTranslation("email.pattern")));
        password.setLabel(getTranslation("user.password"));
        password.setId("user-password");
        password.setHelperText(getTranslation("user.password.help-link", PasswordPolicy.MIN_LENGTH));
        FormLayout form = new FormLayout(username, displayName, email);
        if (organizations != null) {
            role.setLabel(getTranslation("user.role"));
            role.setItems(Role.values());
            role.setItemLabelGenerator(r -> getTranslation("role." + r.name()));
            role.setId("user-role");
            role.setRequired(true);
            organization.setLabel(getTranslation("user.organization"));
            organization.setItems(organizations);
            organization.setItemLabelGenerator(OrganizationSummary::name);
            organization.setId("user-organization");
            organization.setEnabled(false);
            role.addValueChangeListener(change -> {
                boolean belongs = change.getValue() != null && change.getValue().belongsToOrganization();
                organization.setEnabled(belongs);
                if (!belongs) {
                    organization.clear();
                }
                if (organization.isInvalid()) {
                    organizationBinding.validate();
                }
            });
            form.add(role, organization);
        }
        form.add(password);
        bind(organizations != null);
        error.setId("user-error");
        error.addClassName("ra-error");
        error.setVisible(false);
        add(form, error);

        Button saveButton = new Button(getTranslation("action.create"), click -> save(save));
        saveButton.setId("user-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
        addClassName("ra-dialog-m");
    }

    private void bind(boolean chooseRole) {
        binder.forField(username)
                .asRequired(getTranslation("user.username-invalid"))
                .bind(d -> d.username, (d, v) -> d.username = v);
        binder.forField(displayName)
                .asRequired(getTranslation("user.display-name-required"))
                .withValidator((text, context) -> FreeText.refusedCharacter(text, false)
                        .map(character -> ValidationResult.error(getTranslation("text.unsafe.display-name", character)))
                        .orElse(ValidationResult.ok()))
                .bind(d -> d.displayName, (d, v) -> d.displayName = v);
        binder.forField(email).bind(d -> d.email, (d, v) -> d.email = v);
        if (chooseRole) {
            binder.forField(role)
                    .asRequired(getTranslation("user.role-required"))
                    .bind(d -> d.role, (d, v) -> d.role = v);
            organizationBinding = binder.forField(organization)
                    .withValidator(
                            chosen -> chosen != null
                                    || role.getValue() == null
                                    || !role.getValue().belongsToOrganization(),
                            getTranslation("user.organization-required"))
                    .bind(d -> d.organization, (d, v) -> d.organization = v);
        }
        binder.forField(password).bind(d -> d.password, (d, v) -> d.password = v);
        binder.setBean(new Draft());
        refusals.on("user.username-", username)
                .on("user.display-name-", displayName)
                .on("text.unsafe.display-name", displayName)
                .on("text.too-long", displayName)
                .on("user.email-or-password-", email)
                .on("user.email-", email)
                .on("email.", email)
                .on("password.", password)
                .on("user.role-", role)
                .on("user.organization-", organization)
                .on("user.no-organization", organization);
    }

    /** Checks every field; if all are right, saves, and shows a refusal on the field it is about. */
    private void save(Consumer<UserForm> save) {
        error.setVisible(false);
        if (!binder.validate().isOk()) {
            return;
        }
        Draft draft = binder.getBean();
        try {
            save.accept(new UserForm(
                    draft.username,
                    draft.displayName,
                    draft.role,
                    draft.organization == null ? null : draft.organization.id(),
                    draft.email,
                    draft.password));
            close();
        } catch (OrganizationException refused) {
            String message = getTranslation(refused.messageKey(), refused.arguments());
            if (!refusals.show(refused.messageKey(), message)) {
                error.setText(message);
                error.setVisible(true);
            }
        }
    }

    /** What the screen says once an account is created: with a link by e-mail, or with the password given. */
    static String createdMessage(com.vaadin.flow.component.Component screen, UserForm form) {
        boolean byLink = form.password() == null || form.password().isEmpty();
        return byLink
                ? screen.getTranslation(
                        "users.created-link",
                        form.username(),
                        form.email().strip().toLowerCase(java.util.Locale.ROOT))
                : screen.getTranslation("users.created", form.username());
    }
}
