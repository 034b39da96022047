package eu.resilience.assessment.notification;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.web.util.HtmlUtils;

/**
 * The texts of every e-mail, from the bundles {@code mail.properties} (English), {@code mail_fr} and {@code mail_de}.
 * Placeholders are names in braces ({@code {campaign}}); a parameter whose name ends in "On" is a day, written in the
 * recipient's language. Each mail has a plain-text and a simple HTML part with the same content and link.
 */
final class MailTexts {

    /** The languages the bundles are complete in. */
    static final List<Locale> LOCALES = List.of(Locale.ENGLISH, Locale.FRENCH, Locale.GERMAN);

    private static final Pattern PLACEHOLDER = Pattern.compile("\\{([a-zA-Z]+)}");
    private static final ResourceBundle.Control NO_FALLBACK_TO_SYSTEM_LOCALE =
            ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

    /** A rendered mail. */
    record Mail(String subject, String text, String html) {}

    private MailTexts() {}

    static String subject(NotificationKind kind, Locale locale, Map<String, String> parameters) {
        return fill(text(locale, "mail." + kind.name().toLowerCase(Locale.ROOT) + ".subject"), locale, parameters);
    }

    /**
     * Renders a mail.
     *
     * @param link the address the mail's button leads to (already absolute)
     */
    static Mail render(NotificationKind kind, Locale locale, Map<String, String> parameters, String link) {
        String prefix = "mail." + kind.name().toLowerCase(Locale.ROOT);
        String greeting = fill(text(locale, "mail.greeting"), locale, parameters);
        List<String> paragraphs = new ArrayList<>();
        for (String paragraph : text(locale, prefix + ".body").split("\n\n")) {
            paragraphs.add(fill(paragraph, locale, parameters));
        }
        String action = fill(text(locale, prefix + ".action"), locale, parameters);
        String footer = text(locale, "mail.footer");

        StringBuilder plain = new StringBuilder(greeting).append("\n\n");
        paragraphs.forEach(p -> plain.append(p).append("\n\n"));
        plain.append(action)
                .append(":\n")
                .append(link)
                .append("\n\n-- \n")
                .append(footer)
                .append('\n');

        StringBuilder html = new StringBuilder(
                "<!DOCTYPE html><html><body style=\"font-family:sans-serif;line-height:1.5;color:#1a1a1a\">");
        html.append("<p>").append(escape(greeting)).append("</p>");
        paragraphs.forEach(p -> html.append("<p>").append(escape(p)).append("</p>"));
        html.append("<p><a href=\"")
                .append(HtmlUtils.htmlEscape(link))
                .append("\" style=\"display:inline-block;padding:8px 16px;background:#1565c0;color:#ffffff;")
                .append("text-decoration:none;border-radius:4px\">")
                .append(escape(action))
                .append("</a></p><p style=\"font-size:small;color:#555555\">")
                .append(escape(link))
                .append("</p><hr><p style=\"font-size:small;color:#555555\">")
                .append(escape(footer))
                .append("</p></body></html>");
        return new Mail(subject(kind, locale, parameters), plain.toString(), html.toString());
    }

    /** The recipient's language if the bundles have it, otherwise English. */
    static Locale supported(String languageTag) {
        Locale requested = Locale.forLanguageTag(languageTag == null ? "en" : languageTag);
        return LOCALES.stream()
                .filter(l -> l.getLanguage().equals(requested.getLanguage()))
                .findFirst()
                .orElse(Locale.ENGLISH);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text).replace("\n", "<br>");
    }

    private static String text(Locale locale, String key) {
        try {
            return ResourceBundle.getBundle("mail", locale, NO_FALLBACK_TO_SYSTEM_LOCALE)
                    .getString(key);
        } catch (MissingResourceException e) {
            throw new IllegalStateException("mail text " + key + " is missing", e);
        }
    }

    private static String fill(String pattern, Locale locale, Map<String, String> parameters) {
        Matcher matcher = PLACEHOLDER.matcher(pattern);
        StringBuilder out = new StringBuilder();
        while (matcher.find()) {
            String name = matcher.group(1);
            String value = parameters.getOrDefault(name, "");
            if (name.endsWith("On") && !value.isEmpty()) {
                value = LocalDate.parse(value)
                        .format(DateTimeFormatter.ofLocalizedDate(FormatStyle.LONG)
                                .withLocale(locale));
            }
            matcher.appendReplacement(out, Matcher.quoteReplacement(value));
        }
        matcher.appendTail(out);
        return out.toString();
    }
}
