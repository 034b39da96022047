package eu.resilience.assessment.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.dependency.Uses;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.dom.Element;
import com.vaadin.flow.internal.UrlUtil;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import eu.resilience.assessment.organization.AccountSettings;
import eu.resilience.assessment.organization.Language;
import eu.resilience.assessment.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * The frame of every screen after login: title, navigation, the user's name and the language of the screens. The navigation lists the views
 * annotated with {@code @Menu} that the user's role may open (Vaadin filters them by their access annotations).
 */
@Layout
@PermitAll
@Uses(DrawerToggle.class)
public class MainLayout extends AppLayout implements AfterNavigationObserver {

    /** The event data of a change of the language: the language's name. */
    private static final String LANGUAGE = "event.target.value";

    /** The navigation's entries: the path of each (as its link's {@code href}) and its text, in menu order. */
    private final List<String[]> entries;

    private final Nav nav = new Nav();

    /** The path of the entry marked as the current page, null when none is. */
    private String current;

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, AccountSettings accounts) {
        // Vaadin's drawer toggle, as the web component alone: DrawerToggle is a Button, whose click listener would keep
        // a listener in every session and send each toggle to the server; the app layout opens and closes the drawer
        // and keeps the toggle's aria-expanded in the browser (@Uses keeps the component's script in the bundle)
        Element toggle = new Element("vaadin-drawer-toggle");
        toggle.setAttribute("slot", "navbar");
        // the web component's own label is "Toggle", in English whatever the language of the screen
        toggle.setAttribute("aria-label", getTranslation("nav.toggle"));
        getElement().appendChild(toggle);
        addToNavbar(header(currentUser, authentication, accounts));

        entries = MenuConfiguration.getMenuEntries().stream()
                .map(entry -> new String[] {href(entry.path()), getTranslation(entry.title())})
                .toList();
        nav.addClassName("ra-side-nav");
        nav.getElement().setAttribute("aria-label", getTranslation("nav.label"));
        showNavigation(null);
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /** Marks the entry of the screen shown as the current page (as the side navigation did by its path). */
    @Override
    public void afterNavigation(AfterNavigationEvent event) {
        showNavigation(event.getLocation().getPath());
    }

    /**
     * The navigation: the views annotated with {@code @Menu} that the user's role may open, as native links in one
     * {@code <nav>} element (a list of {@code <a router-link href>}); the client's router takes their clicks, so the
     * screen changes without a page load, and closes the drawer when it is an overlay (phone). The link of the screen
     * shown has {@code aria-current="page"}.
     */
    private void showNavigation(String path) {
        String shown = entries.stream()
                .map(entry -> entry[0])
                .filter(href -> href.equals(path))
                .findFirst()
                .orElse(null);
        if (Objects.equals(current, shown) && nav.getElement().hasProperty("innerHTML")) {
            return;
        }
        current = shown;
        StringBuilder html = new StringBuilder("<ul>");
        for (String[] entry : entries) {
            html.append("<li><a router-link href=\"")
                    .append(HtmlText.escape(entry[0]))
                    .append('"');
            if (entry[0].equals(shown)) {
                html.append(" aria-current=\"page\"");
            }
            html.append('>').append(HtmlText.escape(entry[1])).append("</a></li>");
        }
        nav.getElement().setProperty("innerHTML", html.append("</ul>").toString());
    }

    /** A menu entry's path as a link relative to the application's base, as the side navigation wrote it. */
    private static String href(String path) {
        return UrlUtil.encodeURI(path.startsWith("/") ? path.substring(1) : path);
    }

    /**
     * The header: the application's name (h1), the user's name and role, the language of the screens and "Log out", as
     * the HTML of one element with a click listener (logout) and a change listener (the language): one state node in
     * every session instead of a layout, a heading, a text, a button and their texts.
     */
    private Div header(CurrentUser currentUser, AuthenticationContext authentication, AccountSettings accounts) {
        String user = currentUser.username().orElse("")
                + currentUser
                        .role()
                        .map(role -> " · " + getTranslation("role." + role.name()))
                        .orElse("");
        String html = "<h1 class=\"ra-app-title\">" + HtmlText.escape(getTranslation("app.title")) + "</h1>"
                + "<span id=\"current-user\" class=\"ra-muted\">" + HtmlText.escape(user) + "</span>"
                + languagePicker()
                + "<button id=\"logout\" type=\"button\">" + HtmlText.escape(getTranslation("nav.logout"))
                + "</button>";
        Div header = new Div();
        header.addClassName("ra-header");
        header.getElement().setProperty("innerHTML", html);
        header.getElement()
                .addEventListener("click", click -> authentication.logout())
                .setFilter("event.target.id === 'logout'");
        header.getElement()
                .addEventListener("change", change -> {
                    String value = change.getEventData().getString(LANGUAGE);
                    Arrays.stream(Language.values())
                            .filter(language -> language.name().equals(value))
                            .findFirst()
                            .ifPresent(language -> {
                                accounts.chooseScreenLanguage(language);
                                VaadinSession.getCurrent().setLocale(language.locale());
                                UI.getCurrent().getPage().reload();
                            });
                })
                .addEventData(LANGUAGE)
                .setFilter("event.target.tagName === 'SELECT'");
        return header;
    }

    /**
     * The language of the screens, each named in its own language; a choice is remembered with the user's account and
     * the page is reloaded in it, so that every text on it changes. A native labelled {@code <select
     * id="language-picker">} instead of a web component with a list box, an item and a text per language, and a tooltip.
     */
    private String languagePicker() {
        String label = HtmlText.escape(getTranslation("language.screen"));
        Locale shown = getLocale();
        StringBuilder html = new StringBuilder(
                "<select id=\"language-picker\" aria-label=\"" + label + "\" title=\"" + label + "\">");
        for (Language language : Language.values()) {
            boolean selected = language.locale().getLanguage().equals(shown.getLanguage());
            html.append("<option value=\"")
                    .append(language.name())
                    .append(selected ? "\" selected>" : "\">")
                    .append(HtmlText.escape(getTranslation("language." + language.name())))
                    .append("</option>");
        }
        return html.append("</select>").toString();
    }
}
