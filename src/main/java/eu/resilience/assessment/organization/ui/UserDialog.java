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
import eu.resilience.assessment.organization.OrganizationException;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.organization.PasswordPolicy;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.UserForm;
import java.util.List;
import java.util.function.Consumer;

/**
 * A new user account. Administrators pick the role and the organization; coordinators create respondents of their own
 * organization, so the dialog shows neither.
 */
class UserDialog extends Dialog {

    private final TextField username = new TextField();
    private final TextField displayName = new TextField();
    private final EmailField email = new EmailField();
    private final ComboBox<Role> role = new ComboBox<>();
    private final ComboBox<OrganizationSummary> organization = new ComboBox<>();
    private final PasswordField password = new PasswordField();
    private final Paragraph error = new Paragraph();

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
        email.setLabel(getTranslation("user.email"));
        email.setId("user-email");
        email.setHelperText(getTranslation("user.email.help"));
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
            });
            form.add(role, organization);
        }
        form.add(password);
        error.setId("user-error");
        error.addClassName("ra-error");
        error.setVisible(false);
        add(form, error);

        Button saveButton = new Button(getTranslation("action.create"), click -> {
            try {
                save.accept(new UserForm(
                        username.getValue(),
                        displayName.getValue(),
                        role.getValue(),
                        organization.getValue() == null
                                ? null
                                : organization.getValue().id(),
                        email.getValue(),
                        password.getValue()));
                close();
            } catch (OrganizationException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
                error.setVisible(true);
            }
        });
        saveButton.setId("user-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
        setWidth("640px");
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
