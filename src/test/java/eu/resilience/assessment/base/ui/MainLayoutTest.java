package eu.resilience.assessment.base.ui;

import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.BasicUtilsKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.dom.Element;
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
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The frame of every screen: the header (title, user, language select, "Log out") and the navigation are native HTML in
 * one element each.
 */
class MainLayoutTest extends KaribuTest {

    @Autowired
    AccountSettings accounts;

    @Autowired
    JdbcTemplate jdbc;

    @Test
    void theLanguageSelectShowsTheLanguagesAndAChoiceIsRememberedAndApplied() {
        login("respondent", Role.RESPONDENT);
        UI.getCurrent().navigate("profile");
        Div picker = _get(Div.class, spec -> spec.withClasses("ra-header"));
        String html = picker.getElement().getProperty("innerHTML");
        assertThat(html)
                .contains("<select id=\"language-picker\" aria-label=\"Language of the screens\"")
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

    @Test
    void theHeaderShowsTheTitleTheUserAndLogOutInOneElement() {
        login("respondent", Role.RESPONDENT);
        UI.getCurrent().navigate("profile");
        Div header = _get(Div.class, spec -> spec.withClasses("ra-header"));
        assertThat(header.getElement().getChildCount()).isZero();
        assertThat(header.getElement().getProperty("innerHTML"))
                .startsWith("<h1 class=\"ra-app-title\">Resilience Assessment</h1>"
                        + "<span id=\"current-user\" class=\"ra-muted\">respondent · Respondent</span>"
                        + "<select id=\"language-picker\"")
                .endsWith("</select><button id=\"logout\" type=\"button\">Log out</button>");
        // the drawer toggle and the header are the navbar's only elements, in this order
        MainLayout layout = _get(MainLayout.class);
        assertThat(layout.getElement()
                        .getChildren()
                        .filter(child -> "navbar".equals(child.getAttribute("slot")))
                        .map(Element::getTag))
                .containsExactly("vaadin-drawer-toggle", "div");
        // the toggle is the web component alone, without a Button (and its click listener) on the server
        assertThat(layout.getElement().getChild(0).getComponent()).isEmpty();
        // named in the user's language, not by the web component's English default
        assertThat(layout.getElement().getChild(0).getAttribute("aria-label")).isEqualTo("Show or hide the menu");
    }

    @Test
    void logOutInTheHeaderLogsTheUserOut() {
        login("respondent", Role.RESPONDENT);
        UI.getCurrent().navigate("profile");
        Div header = _get(Div.class, spec -> spec.withClasses("ra-header"));
        JsonObject elsewhere = Json.createObject();
        elsewhere.put("event.target.id === 'logout'", false);
        BasicUtilsKt._fireDomEvent(header, "click", elsewhere); // a click on the title: nothing happens
        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNotNull();

        JsonObject onLogout = Json.createObject();
        onLogout.put("event.target.id === 'logout'", true);
        BasicUtilsKt._fireDomEvent(header, "click", onLogout);

        assertThat(SecurityContextHolder.getContext().getAuthentication()).isNull();
    }

    @Test
    void theNavigationIsNativeLinksForTheRoleWithTheCurrentScreenMarked() {
        login("respondent", Role.RESPONDENT);
        UI.getCurrent().navigate("profile");
        Nav nav = _get(Nav.class, spec -> spec.withClasses("ra-side-nav"));
        assertThat(nav.getElement().getAttribute("aria-label")).isEqualTo("Main navigation");
        assertThat(nav.getElement().getChildCount()).isZero();
        String html = nav.getElement().getProperty("innerHTML");
        assertThat(html)
                .startsWith("<ul><li><a router-link href=\"assessments\">My assessments</a></li>")
                .contains("<li><a router-link href=\"profile\" aria-current=\"page\">My profile</a></li>")
                .endsWith("</ul>")
                .doesNotContain("href=\"admin/users\"") // an administrator's screen
                .containsOnlyOnce("aria-current");

        UI.getCurrent().navigate("assessments");
        assertThat(nav.getElement().getProperty("innerHTML"))
                .contains("<a router-link href=\"assessments\" aria-current=\"page\">My assessments</a>")
                .contains("<a router-link href=\"profile\">My profile</a>")
                .containsOnlyOnce("aria-current");
    }

    @Test
    void anAdministratorsNavigationHasTheAdministrationScreens() {
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate("profile");
        assertThat(_get(Nav.class).getElement().getProperty("innerHTML"))
                .contains("<a router-link href=\"admin/users\">Users</a>")
                .contains("<a router-link href=\"admin/audit\">Audit log</a>");
    }

    private static void change(Div picker, String value) {
        JsonObject data = Json.createObject();
        data.put("event.target.value", value);
        data.put("event.target.tagName === 'SELECT'", true);
        BasicUtilsKt._fireDomEvent(picker, "change", data);
    }
}
