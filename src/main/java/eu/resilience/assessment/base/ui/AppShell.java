package eu.resilience.assessment.base.ui;

import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.Theme;

/** The page shell: theme (CSS only), page title and icon (also served as /favicon.ico). */
@Theme("resilience")
public class AppShell implements AppShellConfigurator {

    @Override
    public void configurePage(AppShellSettings settings) {
        settings.setPageTitle("Resilience Assessment");
        settings.addFavIcon("icon", "icons/favicon.svg", "any");
    }
}
