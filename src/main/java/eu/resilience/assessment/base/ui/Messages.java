package eu.resilience.assessment.base.ui;

import com.vaadin.flow.i18n.I18NProvider;
import eu.resilience.assessment.text.Translations;
import java.util.List;
import java.util.Locale;
import org.springframework.stereotype.Component;

/** Every UI text, from the message bundles through {@link Translations}: Vaadin's I18NProvider for the screens. */
@Component
public class Messages implements I18NProvider {

    /** The UI's languages, each with a complete bundle (checked by MessagesTest). */
    public static final List<Locale> LOCALES = Translations.LOCALES;

    @Override
    public List<Locale> getProvidedLocales() {
        return LOCALES;
    }

    @Override
    public String getTranslation(String key, Locale locale, Object... params) {
        return Translations.get(key, locale, params);
    }
}
