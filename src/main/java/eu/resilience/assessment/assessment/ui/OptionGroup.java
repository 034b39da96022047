package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.Tag;
import eu.resilience.assessment.base.ui.HtmlText;
import java.util.List;

/**
 * A practice's options as one native radio group: a {@code <fieldset>} with its {@code <legend>} and a labelled
 * {@code <input type="radio">} per option, rendered as HTML inside one element, with one change listener. The legend
 * shows what the group is about (on a practice card: its id, level, title and text). The browser
 * gives it the keyboard (Tab into the group, the arrow keys between options, the space bar) and the screen reader's
 * radio group; the session holds one state node for it instead of three per option (a {@code vaadin-radio-button}, its
 * label and the label's text), and the browser renders no web component per option.
 *
 * <p>A value set on the server is applied to the inputs by a small script (also when the group is attached); a choice
 * made in the browser comes back with the {@code change} event. Read-only disables the fieldset.
 */
@Tag("fieldset")
final class OptionGroup extends AbstractField<OptionGroup, String> {

    /** One option: its value and its label. */
    record Option(String id, String label) {}

    private static final String APPLY =
            "for (const i of this.querySelectorAll('input')) { i.checked = i.value === $0; }";

    private final List<Option> options;
    private boolean readOnly;

    /**
     * @param name the inputs' name, unique on the page (the browser groups radio buttons by it)
     * @param legendHtml what the group is about, as HTML (phrasing content): shown above the options and read by
     *     screen readers as the group's name
     */
    OptionGroup(String name, String legendHtml, List<Option> options) {
        super(null);
        this.options = List.copyOf(options);
        addClassName("ra-options");
        StringBuilder html = new StringBuilder("<legend class=\"ra-legend\">")
                .append(legendHtml)
                .append("</legend>");
        for (Option option : options) {
            html.append("<label class=\"ra-option\"><input type=\"radio\" name=\"")
                    .append(HtmlText.escape(name))
                    .append("\" value=\"")
                    .append(HtmlText.escape(option.id()))
                    .append("\"><span>")
                    .append(HtmlText.escape(option.label()))
                    .append("</span></label>");
        }
        getElement().setProperty("innerHTML", html.toString());
        getElement()
                .addEventListener("change", event -> {
                    String chosen = event.getEventData().getString("event.target.value");
                    if (!readOnly && options().contains(chosen)) {
                        setModelValue(chosen, true);
                    }
                })
                .addEventData("event.target.value");
        addAttachListener(attach -> apply(getValue()));
    }

    /** The options' values, in order. */
    List<String> options() {
        return options.stream().map(Option::id).toList();
    }

    /** The label of an option (for tests and screen texts). */
    String label(String optionId) {
        return options.stream()
                .filter(option -> option.id().equals(optionId))
                .map(Option::label)
                .findFirst()
                .orElse(optionId);
    }

    @Override
    protected void setPresentationValue(String value) {
        if (isAttached()) {
            apply(value);
        }
    }

    private void apply(String value) {
        getElement().executeJs(APPLY, value == null ? "" : value);
    }

    @Override
    public void setReadOnly(boolean readOnly) {
        this.readOnly = readOnly;
        getElement().setAttribute("disabled", readOnly);
    }

    @Override
    public boolean isReadOnly() {
        return readOnly;
    }
}
