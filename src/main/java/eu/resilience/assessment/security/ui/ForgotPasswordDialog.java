package eu.resilience.assessment.security.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import eu.resilience.assessment.organization.OrganizationException;
import eu.resilience.assessment.organization.PasswordLinks;

/**
 * "Forgot password": asks for the account's e-mail address and gives the same answer whether or not an account has
 * it; the link goes out by e-mail.
 */
class ForgotPasswordDialog extends Dialog {

    ForgotPasswordDialog(PasswordLinks passwordLinks) {
        setHeaderTitle(getTranslation("forgot.title"));
        Paragraph intro = new Paragraph(getTranslation("forgot.intro"));
        EmailField email = new EmailField(getTranslation("forgot.email"));
        email.setId("forgot-email");
        email.setWidthFull();
        Paragraph answer = new Paragraph();
        answer.setId("forgot-answer");
        answer.setVisible(false);
        add(intro, email, answer);
        Button send = new Button(getTranslation("forgot.send"));
        send.setId("forgot-send");
        send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        send.addClickListener(click -> {
            try {
                passwordLinks.requestReset(email.getValue());
                answer.setText(getTranslation("forgot.sent"));
                answer.removeClassName("ra-error");
                email.setReadOnly(true);
                send.setEnabled(false);
            } catch (OrganizationException refused) {
                answer.setText(getTranslation(refused.messageKey(), refused.arguments()));
                answer.addClassName("ra-error");
            }
            answer.setVisible(true);
        });
        getFooter().add(new Button(getTranslation("action.close"), c -> close()), send);
        addClassName("ra-dialog-s");
    }
}
