package eu.resilience.assessment.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.shared.communication.PushMode;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.theme.Theme;

/**
 * The page shell: theme (CSS only), page title and icon (also served as /favicon.ico), and server push, by which a
 * questionnaire screen shows at once the answers colleagues save (a WebSocket from server to browser; the browser's
 * requests stay plain XHR, so a proxy that refuses WebSockets only delays the updates to the next request).
 */
@Push(value = PushMode.AUTOMATIC, transport = Transport.WEBSOCKET_XHR)
@Theme("resilience")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Resilience Assessment");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
