package eu.resilience.assessment.base.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.applayout.AppLayout;
import com.vaadin.flow.component.applayout.DrawerToggle;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.FlexComponent;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.select.Select;
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
     * the page is reloaded in it, so that every text on it changes.
     */
    private Select<Language> languagePicker(AccountSettings accounts) {
        Select<Language> picker = new Select<>();
        picker.setId("language-picker");
        picker.setItems(Language.values());
        picker.setItemLabelGenerator(language -> getTranslation("language." + language.name()));
        picker.setAriaLabel(getTranslation("language.screen"));
        picker.setTooltipText(getTranslation("language.screen"));
        Locale shown = getLocale();
        Arrays.stream(Language.values())
                .filter(language -> language.locale().getLanguage().equals(shown.getLanguage()))
                .findFirst()
                .ifPresent(picker::setValue);
        picker.addValueChangeListener(change -> {
            if (!change.isFromClient() || change.getValue() == null) {
                return;
            }
            accounts.chooseScreenLanguage(change.getValue());
            VaadinSession.getCurrent().setLocale(change.getValue().locale());
            UI.getCurrent().getPage().reload();
        });
        return picker;
    }
}
