package eu.resilience.assessment.security.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.PageTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import eu.resilience.assessment.organization.PasswordLinks;

/** The login page: the only page an anonymous visitor can see. */
@Route(value = "login", autoLayout = false)
@PageTitle("Resilience Assessment")
@AnonymousAllowed
public class LoginView extends VerticalLayout implements BeforeEnterObserver {

    private final LoginForm login = new LoginForm();

    public LoginView(PasswordLinks passwordLinks) {
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        login.setI18n(i18n("login.error.title", "login.error.message"));
        login.setForgotPasswordButtonVisible(true);
        login.addForgotPasswordListener(event -> new ForgotPasswordDialog(passwordLinks).open());
        login.setAction("login");

        Paragraph tagline = new Paragraph(getTranslation("login.tagline"));
        tagline.addClassName("ra-muted");
        add(new H1(getTranslation("app.title")), tagline, login);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("locked")) {
            // too many failed logins: say why and for how long, not "wrong password"
            login.setI18n(i18n("login.locked.title", "login.locked.message"));
        } else if (parameters.containsKey("unavailable")) {
            // the server could not check the login (e.g. no database connection): not the user's mistake
            login.setI18n(i18n("login.unavailable.title", "login.unavailable.message"));
        }
        login.setError(parameters.containsKey("error")
                || parameters.containsKey("locked")
                || parameters.containsKey("unavailable"));
    }

    private LoginI18n i18n(String errorTitleKey, String errorMessageKey) {
        LoginI18n i18n = LoginI18n.createDefault();
        i18n.getForm().setTitle(getTranslation("login.title"));
        i18n.getForm().setUsername(getTranslation("login.username"));
        i18n.getForm().setPassword(getTranslation("login.password"));
        i18n.getForm().setSubmit(getTranslation("login.submit"));
        i18n.getForm().setForgotPassword(getTranslation("login.forgot"));
        i18n.getErrorMessage().setTitle(getTranslation(errorTitleKey));
        i18n.getErrorMessage().setMessage(getTranslation(errorMessageKey));
        return i18n;
    }
}
