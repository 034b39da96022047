package eu.resilience.assessment.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import eu.resilience.assessment.organization.OrganizationException;
import eu.resilience.assessment.organization.OrganizationForm;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.text.FreeText;
import java.util.function.Consumer;

/**
 * Creates an organization or edits one. The name and the profile fields show their own errors (required, refused
 * characters, name taken), cleared as soon as they are fixed; a refusal about no field is shown under the form. The
 * dialog stays open on a refusal.
 */
class OrganizationDialog extends Dialog {

    private final TextField name = new TextField();
    private final ProfileFields profile = new ProfileFields("org");
    private final Paragraph error = new Paragraph();
    private final Binder<Draft> binder = new Binder<>();

    /** The name as typed. */
    static final class Draft {
        String name = "";
    }

    /** @param save saves the form through the service; a refusal it throws is shown and the dialog stays open */
    OrganizationDialog(OrganizationSummary existing, Consumer<OrganizationForm> save) {
        setHeaderTitle(getTranslation(existing == null ? "organizations.new" : "organizations.edit"));
        name.setLabel(getTranslation("organization.name"));
        name.setId("org-name");
        name.setRequired(true);
        name.setWidthFull();
        name.setMaxLength(200);
        binder.forField(name)
                .asRequired(getTranslation("organization.name-required"))
                .withValidator((text, context) -> FreeText.refusedCharacter(text, false)
                        .map(character ->
                                ValidationResult.error(getTranslation("text.unsafe.organization-name", character)))
                        .orElse(ValidationResult.ok()))
                .bind(d -> d.name, (d, v) -> d.name = v);
        Draft draft = new Draft();
        if (existing != null) {
            draft.name = existing.name();
            profile.setValue(existing.profile());
        }
        binder.setBean(draft);
        error.setId("org-error");
        error.addClassName("ra-error");
        error.setVisible(false);
        add(name, profile, error);

        Button saveButton = new Button(getTranslation("action.save"), click -> {
            error.setVisible(false);
            boolean nameOk = binder.validate().isOk();
            if (!profile.validate() || !nameOk) {
                return;
            }
            try {
                save.accept(new OrganizationForm(binder.getBean().name, profile.value()));
                close();
            } catch (OrganizationException refused) {
                String message = getTranslation(refused.messageKey(), refused.arguments());
                if (refused.messageKey().startsWith("organization.name")
                        || refused.messageKey().equals("text.unsafe.organization-name")
                        || refused.messageKey().equals("text.too-long")) {
                    name.setErrorMessage(message);
                    name.setInvalid(true);
                } else if (!profile.showRefusal(refused.messageKey(), message)) {
                    error.setText(message);
                    error.setVisible(true);
                }
            }
        });
        saveButton.setId("org-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
        addClassName("ra-dialog-m");
    }
}
