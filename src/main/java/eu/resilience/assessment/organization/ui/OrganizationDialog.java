package eu.resilience.assessment.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import eu.resilience.assessment.organization.Organization;
import eu.resilience.assessment.organization.OrganizationException;
import eu.resilience.assessment.organization.OrganizationForm;
import eu.resilience.assessment.organization.ProfileForm;
import java.util.function.Consumer;

/** Creates an organization or edits one; refusals of the service are shown in the dialog, which stays open. */
class OrganizationDialog extends Dialog {

    private final TextField name = new TextField();
    private final ProfileFields profile = new ProfileFields("org");
    private final Paragraph error = new Paragraph();

    /** @param save saves the form through the service; a refusal it throws is shown and the dialog stays open */
    OrganizationDialog(Organization existing, Consumer<OrganizationForm> save) {
        setHeaderTitle(getTranslation(existing == null ? "organizations.new" : "organizations.edit"));
        name.setLabel(getTranslation("organization.name"));
        name.setId("org-name");
        name.setRequired(true);
        name.setWidthFull();
        name.setMaxLength(200);
        if (existing != null) {
            name.setValue(existing.getName());
            profile.setValue(ProfileForm.of(existing));
        }
        error.setId("org-error");
        error.addClassName("ra-error");
        error.setVisible(false);
        add(name, profile, error);

        Button saveButton = new Button(getTranslation("action.save"), click -> {
            try {
                save.accept(new OrganizationForm(name.getValue(), profile.value()));
                close();
            } catch (OrganizationException refused) {
                error.setText(getTranslation(refused.messageKey(), refused.arguments()));
                error.setVisible(true);
            }
        });
        saveButton.setId("org-save");
        saveButton.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        getFooter().add(new Button(getTranslation("action.cancel"), click -> close()), saveButton);
        setWidth("640px");
    }
}
