package eu.resilience.assessment.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import eu.resilience.assessment.organization.OrganizationException;
import eu.resilience.assessment.organization.PasswordPolicy;
import java.util.function.Consumer;

/**
 * Sets a new password for a user; the policy's refusal is shown on the field (cleared as soon as the password changes)
 * and the dialog stays open.
 */
class PasswordDialog extends Dialog {

    /** The password as typed. */
    static final class Draft {
        String password = "";
    }

    PasswordDialog(String username, Consumer<String> save) {
        setHeaderTitle(getTranslation("users.reset-password.title", username));
        PasswordField password = new PasswordField(getTranslation("user.new-password"));
        password.setId("new-password");
        password.setWidthFull();
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        Binder<Draft> binder = new Binder<>();
        binder.forField(password)
                .asRequired(getTranslation("password.too-short", PasswordPolicy.MIN_LENGTH))
                .bind(d -> d.password, (d, v) -> d.password = v);
        binder.setBean(new Draft());
        add(password);
        Button saveButton = new Button(getTranslation("users.reset-password"), click -> {
            if (!binder.validate().isOk()) {
                return;
            }
            try {
                save.accept(binder.getBean().password);
                close();
            } catch (OrganizationException refused) {
                password.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                password.setInvalid(true);
            }
        });
        saveButton.setId("password-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
        addClassName("ra-dialog-s");
    }
}
