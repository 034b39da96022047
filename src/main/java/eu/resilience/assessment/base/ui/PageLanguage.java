package eu.resilience.assessment.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import eu.resilience.assessment.organization.AccountSettings;
import eu.resilience.assessment.organization.Language;
import eu.resilience.assessment.security.CurrentUser;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The language of the screens: the one the logged-in user chose with the picker in the header (remembered with their
 * account), else the first of the browser's languages that the texts exist in. Every new page (a login, a reload)
 * starts in it, and the page says which language it is in ({@code <html lang>}, WCAG 3.1.1), so that screen readers
 * speak French as French. Without this the page shell says "en" whatever the language.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    private final CurrentUser currentUser;
    private final AccountSettings accounts;

    PageLanguage(CurrentUser currentUser, AccountSettings accounts) {
        this.currentUser = currentUser;
        this.accounts = accounts;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument()
                .selectFirst("html")
                .attr("lang", of(response.getVaadinRequest()).getLanguage()));
        event.getSource().addUIInitListener(init -> {
            VaadinRequest request = VaadinRequest.getCurrent();
            if (request != null) {
                init.getUI().setLocale(of(request));
            }
            init.getUI()
                    .getPage()
                    .executeJs(
                            "document.documentElement.lang = $0",
                            init.getUI().getLocale().getLanguage());
            // the connection indicator's texts in the language just set (whichever init listener ran first)
            ConnectionTexts.apply(init.getUI());
        });
    }

    /** The language the user chose for the screens, else the browser's. */
    Locale of(VaadinRequest request) {
        if (currentUser.username().isPresent()) {
            Locale chosen = accounts.screenLanguage().map(Language::locale).orElse(null);
            if (chosen != null) {
                return chosen;
            }
        }
        return ofBrowser(request);
    }

    /** The first of the browser's languages that the texts exist in; English otherwise. */
    static Locale ofBrowser(VaadinRequest request) {
        List<Locale> wanted = request instanceof VaadinServletRequest servlet
                ? Collections.list(servlet.getLocales())
                : List.of(request.getLocale());
        return wanted.stream()
                .flatMap(locale -> Messages.LOCALES.stream()
                        .filter(provided -> provided.getLanguage().equals(locale.getLanguage())))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }
}
