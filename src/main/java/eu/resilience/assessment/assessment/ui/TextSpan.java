package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.html.Span;
import eu.resilience.assessment.base.ui.HtmlText;

/**
 * A span whose text is its element's HTML (escaped): one state node in the session, not an element and a text node.
 * For texts that change (a card's status, the progress count).
 */
final class TextSpan extends Span {

    private String text = "";

    @Override
    public void setText(String text) {
        this.text = text == null ? "" : text;
        getElement().setProperty("innerHTML", HtmlText.escape(this.text));
    }

    @Override
    public String getText() {
        return text;
    }
}
