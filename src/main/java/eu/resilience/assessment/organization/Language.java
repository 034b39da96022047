package eu.resilience.assessment.organization;

import java.util.Locale;

/** The language a user's e-mails are written in. */
public enum Language {
    EN(Locale.ENGLISH),
    FR(Locale.FRENCH),
    DE(Locale.GERMAN);

    private final Locale locale;

    Language(Locale locale) {
        this.locale = locale;
    }

    public Locale locale() {
        return locale;
    }
}
