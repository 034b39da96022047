package eu.resilience.assessment.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility;

/** Small pieces of text for screens: escaping for server-built tables, labelled lines and badges. */
public final class HtmlText {

    private HtmlText() {}

    /** Escapes text for HTML built on the server (tables of figures). */
    public static String escape(String text) {
        return text == null
                ? ""
                : text.replace("&", "&amp;")
                        .replace("<", "&lt;")
                        .replace(">", "&gt;")
                        .replace("\"", "&quot;");
    }

    /** "Label: value" in muted text. */
    public static Div line(String label, String value) {
        Div line = new Div();
        Span name = new Span(label + ": ");
        name.addClassName(LumoUtility.FontWeight.SEMIBOLD);
        line.add(name, new Span(value));
        line.addClassName("ra-muted");
        return line;
    }

    /** A Lumo badge. */
    public static Span badge(String text) {
        Span badge = new Span(text);
        badge.getElement().getThemeList().add("badge contrast");
        return badge;
    }
}
