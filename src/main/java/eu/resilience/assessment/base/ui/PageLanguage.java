package eu.resilience.assessment.base.ui;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinServletRequest;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/**
 * The page says which language it is in ({@code <html lang>}, WCAG 3.1.1), so that screen readers speak French as
 * French: the language of the texts, chosen from the browser's languages as the screens choose it. Without this the
 * page shell says "en" whatever the browser's language.
 */
@Component
class PageLanguage implements VaadinServiceInitListener {

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.addIndexHtmlRequestListener(response -> response.getDocument()
                .selectFirst("html")
                .attr("lang", of(response.getVaadinRequest()).getLanguage()));
        event.getSource().addUIInitListener(init -> init.getUI()
                .getPage()
                .executeJs(
                        "document.documentElement.lang = $0",
                        init.getUI().getLocale().getLanguage()));
    }

    /** The first of the browser's languages that the texts exist in; English otherwise. */
    static Locale of(VaadinRequest request) {
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
