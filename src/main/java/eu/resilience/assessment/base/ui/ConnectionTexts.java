package eu.resilience.assessment.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.page.Page;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * The connection indicator speaks the user's language: "Online", "Connection lost" and "Connection lost, trying to
 * reconnect..." are Vaadin's English defaults. The reconnect texts go through the UI's
 * {@link com.vaadin.flow.component.ReconnectDialogConfiguration} (which the client copies to the indicator), and all
 * three are also set on the indicator itself, since "Online" has no server-side setting.
 */
@Component
public class ConnectionTexts implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> apply(init.getUI()));
    }

    /** Sets the texts in the UI's language; call it again after the UI's locale changes. */
    public static void apply(UI ui) {
        String online = ui.getTranslation("connection.online");
        String lost = ui.getTranslation("connection.lost");
        String reconnecting = ui.getTranslation("connection.reconnecting");
        ui.getReconnectDialogConfiguration().setDialogText(reconnecting);
        ui.getReconnectDialogConfiguration().setDialogTextGaveUp(lost);
        Page page = ui.getPage();
        page.executeJs(
                "const indicator = window.Vaadin && window.Vaadin.connectionIndicator;"
                        + " if (indicator) { indicator.onlineText = $0; indicator.offlineText = $1;"
                        + " indicator.reconnectingText = $2; }",
                online,
                lost,
                reconnecting);
    }
}
