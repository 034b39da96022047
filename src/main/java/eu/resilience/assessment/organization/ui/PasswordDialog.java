package eu.resilience.assessment.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import eu.resilience.assessment.organization.OrganizationException;
import eu.resilience.assessment.organization.PasswordPolicy;
import java.util.function.Consumer;

/** Sets a new password for a user; the policy's refusal is shown and the dialog stays open. */
class PasswordDialog extends Dialog {

    PasswordDialog(String username, Consumer<String> save) {
        setHeaderTitle(getTranslation("users.reset-password.title", username));
        PasswordField password = new PasswordField(getTranslation("user.new-password"));
        password.setId("new-password");
        password.setWidthFull();
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        Paragraph error = new Paragraph();
        error.setId("password-error");
        error.addClassName("ra-error");
        error.setVisible(false);
        add(password, error);
        Button saveButton = new Button(getTranslation("users.reset-password"), click -> {
            try {
                save.accept(password.getValue());
                close();
            } catch (OrganizationException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
                error.setVisible(true);
            }
        });
        saveButton.setId("password-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
        setWidth("480px");
    }
}
