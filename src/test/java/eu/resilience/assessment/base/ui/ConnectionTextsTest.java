package eu.resilience.assessment.base.ui;

import static org.assertj.core.api.Assertions.assertThat;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.PendingJavaScriptInvocation;
import eu.resilience.assessment.KaribuTest;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The connection indicator's texts follow the user's language instead of Vaadin's English defaults. */
class ConnectionTextsTest extends KaribuTest {

    @Test
    void everyNewUiGetsTheIndicatorsTextsFromTheBundles() {
        UI ui = UI.getCurrent();

        assertThat(ui.getReconnectDialogConfiguration().getDialogText())
                .isEqualTo("Connection lost, trying to reconnect...");
        assertThat(ui.getReconnectDialogConfiguration().getDialogTextGaveUp()).isEqualTo("Connection lost");
    }

    @Test
    void aFrenchUserReadsThemInFrenchIncludingOnline() {
        UI ui = UI.getCurrent();
        ui.setLocale(Locale.FRENCH);

        ConnectionTexts.apply(ui);

        assertThat(ui.getReconnectDialogConfiguration().getDialogText())
                .isEqualTo("Connexion perdue, nouvelle tentative en cours...");
        assertThat(ui.getReconnectDialogConfiguration().getDialogTextGaveUp()).isEqualTo("Connexion perdue");
        assertThat(ui.getInternals().dumpPendingJavaScriptInvocations().stream()
                        .map(PendingJavaScriptInvocation::getInvocation)
                        .filter(js -> js.getExpression().contains("onlineText"))
                        .flatMap(js -> js.getParameters().stream())
                        .map(String::valueOf))
                .contains("En ligne", "Connexion perdue");
    }
}
