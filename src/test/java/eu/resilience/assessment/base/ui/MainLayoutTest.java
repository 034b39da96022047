package eu.resilience.assessment.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.server.VaadinSession;
import elemental.json.Json;
import elemental.json.JsonObject;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.organization.AccountSettings;
import eu.resilience.assessment.organization.Language;
import eu.resilience.assessment.organization.Role;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/** The frame of every screen: the language of the screens is a native labelled select. */
class MainLayoutTest extends KaribuTest {

    @Autowired
    AccountSettings accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLanguageSelectShowsTheLanguagesAndAChoiceIsRememberedAndApplied() {
        login("respondent", Role.RESPONDENT);
        UI.getCurrent().navigate("profile");
        Div picker = _get(Div.class, spec -> spec.withClasses("ra-language-picker"));
        String html = picker.getElement().getProperty("innerHTML");
        assertThat(html)
                .startsWith("<select id=\"language-picker\" aria-label=\"Language of the screens\"")
                .contains("<option value=\"EN\" selected>English</option>")
                .contains("<option value=\"FR\">Français</option>")
                .contains("<option value=\"DE\">Deutsch</option>");
        try {
            change(picker, "XX"); // not a language: nothing happens
            assertThat(accounts.screenLanguage()).isEmpty();

            change(picker, "DE");

            assertThat(accounts.screenLanguage()).contains(Language.DE);
            assertThat(VaadinSession.getCurrent().getLocale()).isEqualTo(Locale.GERMAN);
        } finally {
            jdbc.update("update user_account set screen_language = null where username = 'respondent'");
        }
    }

    private static void change(Div picker, String value) {
        JsonObject data = Json.createObject();
        data.put("event.target.value", value);
        data.put("event.target.tagName === 'SELECT'", true);
        BasicUtilsKt._fireDomEvent(picker, "change", data);
    }
}
