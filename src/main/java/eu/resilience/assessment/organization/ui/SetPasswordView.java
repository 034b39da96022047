package eu.resilience.assessment.organization.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.resilience.assessment.organization.OrganizationException;
import eu.resilience.assessment.organization.PasswordLinks;
import eu.resilience.assessment.organization.PasswordPolicy;

/**
 * The page a one-time link opens ({@code set-password?token=...}): choose a password (new account) or a new one
 * (forgotten). An unknown, used or expired link is said so, with the way to get a new one. The password policy's
 * refusal is shown on the password, a repetition that differs on the repetition, each cleared as soon as it is fixed.
 */
@Route(value = "set-password", autoLayout = false)
@AnonymousAllowed
public class SetPasswordView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    private final PasswordLinks links;
    private final Paragraph message = new Paragraph();
    private final PasswordField password = new PasswordField();
    private final PasswordField repeat = new PasswordField();
    private final Button save = new Button();
    private final Anchor toLogin = new Anchor("login");
    private final Binder<Draft> binder = new Binder<>();
    private String token;

    /** The password, typed twice. */
    static final class Draft {
        String password = "";
        String repeat = "";
    }

    public SetPasswordView(PasswordLinks links) {
        this.links = links;
        setAlignItems(Alignment.CENTER);
        addClassName("ra-page-s");
        addClassName(LumoUtility.Margin.Horizontal.AUTO);
        message.setId("set-password-message");
        password.setLabel(getTranslation("set-password.new"));
        password.setId("set-password-new");
        password.setHelperText(getTranslation("password.help", PasswordPolicy.MIN_LENGTH));
        password.setWidthFull();
        repeat.setLabel(getTranslation("set-password.repeat"));
        repeat.setId("set-password-repeat");
        repeat.setWidthFull();
        save.setText(getTranslation("set-password.save"));
        save.setId("set-password-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        save.addClickListener(click -> save());
        toLogin.setText(getTranslation("set-password.to-login"));
        toLogin.setId("set-password-login");
        add(new H1(getTranslation("app.title")), message, password, repeat, save, toLogin);
        binder.forField(password)
                .asRequired(getTranslation("password.too-short", PasswordPolicy.MIN_LENGTH))
                .bind(d -> d.password, (d, v) -> d.password = v);
        Binder.Binding<Draft, String> repeated = binder.forField(repeat)
                .withValidator(again -> again.equals(password.getValue()), getTranslation("set-password.mismatch"))
                .bind(d -> d.repeat, (d, v) -> d.repeat = v);
        password.addValueChangeListener(change -> {
            if (!repeat.isEmpty()) {
                repeated.validate();
            }
        });
        binder.setBean(new Draft());
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        token = event.getLocation()
                .getQueryParameters()
                .getSingleParameter("token")
                .orElse("");
        try {
            String username = links.check(token);
            message.setText(getTranslation("set-password.for", username));
            message.removeClassName("ra-error");
            showForm(true);
        } catch (OrganizationException refused) {
            refuse(refused);
        }
    }

    private void save() {
        if (!binder.validate().isOk()) {
            return;
        }
        try {
            links.setPassword(token, password.getValue());
            message.setText(getTranslation("set-password.done"));
            message.removeClassName("ra-error");
            showForm(false);
        } catch (OrganizationException refused) {
            if (refused.messageKey().startsWith("password-link.")) {
                refuse(refused);
            } else {
                password.setErrorMessage(getTranslation(refused.messageKey(), refused.arguments()));
                password.setInvalid(true);
            }
        }
    }

    private void refuse(OrganizationException refused) {
        message.setText(getTranslation(refused.messageKey(), refused.arguments()));
        message.addClassName("ra-error");
        showForm(false);
    }

    private void showForm(boolean visible) {
        password.setVisible(visible);
        repeat.setVisible(visible);
        save.setVisible(visible);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("set-password.title");
    }
}
