package eu.resilience.assessment.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.sidenav.SideNav;
import com.vaadin.flow.component.sidenav.SideNavItem;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.menu.MenuConfiguration;
import com.vaadin.flow.spring.security.AuthenticationContext;
import com.vaadin.flow.theme.lumo.LumoUtility;
import eu.resilience.assessment.organization.AccountSettings;
import eu.resilience.assessment.organization.Language;
import eu.resilience.assessment.security.CurrentUser;
import jakarta.annotation.security.PermitAll;
import java.util.Arrays;
import java.util.Locale;

/**
 * The frame of every screen after login: title, navigation, the user's name and the language of the screens. The navigation lists the views
 * annotated with {@code @Menu} that the user's role may open (Vaadin filters them by their access annotations).
 */
@Layout
@PermitAll
public class MainLayout extends AppLayout {

    /** The event data of a change of the language: the language's name. */
    private static final String LANGUAGE = "event.target.value";

    public MainLayout(CurrentUser currentUser, AuthenticationContext authentication, AccountSettings accounts) {
        H1 title = new H1(getTranslation("app.title"));
        title.addClassNames(LumoUtility.FontSize.LARGE, LumoUtility.Margin.NONE, "ra-app-title");

        Span user = new Span(currentUser.username().orElse("")
                + currentUser
                        .role()
                        .map(role -> " · " + getTranslation("role." + role.name()))
                        .orElse(""));
        user.addClassName("ra-muted");
        user.setId("current-user");
        Button logout = new Button(getTranslation("nav.logout"), click -> authentication.logout());
        logout.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        logout.setId("logout");

        HorizontalLayout header =
                new HorizontalLayout(new DrawerToggle(), title, user, languagePicker(accounts), logout);
        header.setDefaultVerticalComponentAlignment(FlexComponent.Alignment.CENTER);
        header.expand(title);
        header.setWidthFull();
        header.addClassName(LumoUtility.Padding.Right.MEDIUM);
        addToNavbar(header);

        SideNav nav = new SideNav();
        MenuConfiguration.getMenuEntries()
                .forEach(entry -> nav.addItem(new SideNavItem(getTranslation(entry.title()), entry.path())));
        addToDrawer(nav);
        setPrimarySection(Section.DRAWER);
    }

    /**
     * The language of the screens, each named in its own language; a choice is remembered with the user's account and
     * the page is reloaded in it, so that every text on it changes. A native labelled {@code <select
     * id="language-picker">} as the HTML of one element with one change listener: one state node in every session
     * instead of a web component with a list box, an item and a text per language, and a tooltip.
     */
    private Div languagePicker(AccountSettings accounts) {
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
        html.append("</select>");
        Div picker = new Div();
        picker.addClassName("ra-language-picker");
        picker.getElement().setProperty("innerHTML", html.toString());
        picker.getElement()
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
        return picker;
    }
}
