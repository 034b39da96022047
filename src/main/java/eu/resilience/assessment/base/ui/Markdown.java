package eu.resilience.assessment.base.ui;

import com.vaadin.flow.component.Html;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;

/** Renders guidance written in Markdown; raw HTML in the source is escaped, links are sanitized. */
public final class Markdown {

    private static final Parser PARSER = Parser.builder().build();
    private static final HtmlRenderer RENDERER =
            HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

    private Markdown() {}

    public static Html render(String markdown) {
        Html html = new Html("<div class=\"ra-guidance\">" + RENDERER.render(PARSER.parse(markdown)) + "</div>");
        return html;
    }
}
