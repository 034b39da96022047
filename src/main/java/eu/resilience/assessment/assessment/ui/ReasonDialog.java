package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import eu.resilience.assessment.assessment.AssessmentException;
import java.util.function.Consumer;

/** Asks for a reason or message (reopen, return for rework) and runs the action; shows the service's refusal. */
final class ReasonDialog {

    private ReasonDialog() {}

    static void ask(String title, String label, Consumer<String> action) {
        Dialog dialog = new Dialog();
        dialog.setHeaderTitle(title);
        TextArea text = new TextArea(label);
        text.setId("reason");
        text.addClassName("ra-reason");
        text.setMaxLength(2000);
        text.setRequired(true);
        dialog.add(text);
        Button confirm = new Button(title, click -> {
            try {
                action.accept(text.getValue());
                dialog.close();
            } catch (AssessmentException refused) {
                text.setInvalid(true);
                text.setErrorMessage(text.getTranslation(refused.messageKey(), refused.arguments()));
            }
        });
        confirm.setId("reason-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        Button cancel = new Button(text.getTranslation("action.cancel"), click -> dialog.close());
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
    }
}
