package eu.resilience.assessment.security.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.UIInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import eu.resilience.assessment.security.CurrentUser;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Closes the login page's UI once its user is logged in. The login form posts natively and the browser leaves the
 * page, but the page's "unload" message reaches the server under the session id that the login has just replaced, so
 * Vaadin keeps that UI, with its login form, in the session until three heartbeats are missed. It is closed as soon as
 * the logged-in user's first page opens (the form posts without it, so another tab's login page still works).
 */
@Component
class LoginPageCleanup implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    LoginPageCleanup(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(this::closeLoginPages);
    }

    private void closeLoginPages(UIInitEvent init) {
        UI fresh = init.getUI();
        if (currentUser.username().isEmpty() || fresh.getSession() == null) {
            return;
        }
        for (UI ui : List.copyOf(fresh.getSession().getUIs())) {
            if (ui != fresh && !ui.isClosing() && showsLogin(ui)) {
                ui.close();
            }
        }
    }

    private static boolean showsLogin(UI ui) {
        return ui.getInternals().getActiveRouterTargetsChain().stream().anyMatch(LoginView.class::isInstance);
    }
}
