package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Tag;
import elemental.json.Json;
import elemental.json.JsonArray;
import eu.resilience.assessment.base.ui.HtmlText;
import eu.resilience.assessment.questionnaire.Domain;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The domains of the questionnaire as one picker above the cards, for narrow screens (a phone): the theme shows it
 * instead of the list of domains on the side below 700 px. Each entry shows the domain's progress, as the list does.
 * A native labelled {@code <select>} as the HTML of one element, with one change listener: one state node in the
 * session instead of a web component with an item (and its text) per domain. Rendered by a script when attached (the
 * HTML is not kept in the session), then updated in place by a small script.
 */
@Tag("div")
final class DomainPicker extends Component {

    /** The event data of a change: the domain picked. */
    static final String VALUE = "event.target.value";

    /** Only the select's changes are sent. */
    static final String ON_SELECT = "event.target.tagName === 'SELECT'";

    private static final String APPLY =
            """
            const select = this.querySelector('select');
            if (!select) { return; }
            for (const [id, label] of $0) {
              const option = [...select.options].find(o => o.value === id);
              if (option) { option.textContent = label; }
            }
            select.value = $1;
            """;

    private final List<String> ids;
    private final Map<String, String> labels = new HashMap<>();
    private String value;
    /** What the browser shows (a hash of it): only a change is sent. */
    private int applied;

    DomainPicker(List<Domain> domains, Consumer<String> onPick) {
        ids = domains.stream().map(Domain::id).toList();
        setId("domain-picker");
        addClassName("ra-domain-picker");
        getElement()
                .addEventListener("change", event -> {
                    String id = event.getEventData().getString(VALUE);
                    if (ids.contains(id)) {
                        value = id;
                        applied = state(); // the browser shows it already
                        onPick.accept(id);
                    }
                })
                .addEventData(VALUE)
                .setFilter(ON_SELECT);
        // the HTML is sent on attach (again after a resynchronisation), not kept in the session
        addAttachListener(attach -> {
            getElement().executeJs("this.innerHTML = $0", html());
            applied = state();
        });
    }

    /** The domain picked, as the picker shows it. */
    String getValue() {
        return value;
    }

    /** The text of a domain's entry. */
    String label(String domainId) {
        return labels.getOrDefault(domainId, domainId);
    }

    /** Shows the domain on screen as the picked one. */
    void show(Domain domain) {
        value = domain.id();
        apply();
    }

    /** The text of every entry (the domain and its progress), after an answer changed it. */
    void label(Map<String, String> byDomain) {
        labels.putAll(byDomain);
        apply();
    }

    private void apply() {
        if (isAttached() && state() != applied) {
            JsonArray entries = Json.createArray();
            for (String id : ids) {
                JsonArray entry = Json.createArray();
                entry.set(0, id);
                entry.set(1, label(id));
                entries.set(entries.length(), entry);
            }
            getElement().executeJs(APPLY, entries, value == null ? "" : value);
            applied = state();
        }
    }

    private int state() {
        return Objects.hash(value, labels);
    }

    private String html() {
        StringBuilder html = new StringBuilder("<label for=\"domain-picker-select\">")
                .append(HtmlText.escape(getTranslation("assessment.domain")))
                .append("</label><select id=\"domain-picker-select\">");
        for (String id : ids) {
            html.append("<option value=\"")
                    .append(HtmlText.escape(id))
                    .append('"')
                    .append(id.equals(value) ? " selected" : "")
                    .append('>')
                    .append(HtmlText.escape(label(id)))
                    .append("</option>");
        }
        return html.append("</select>").toString();
    }
}
