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
 * The domains of the questionnaire as a list of buttons on the side ({@code nav-<domain>}), each with the domain's
 * progress, the one on screen marked current: native {@code <button>}s as the HTML of one element, with one click
 * listener (the event says which domain). The session holds one state node for it instead of two per domain (a
 * {@code vaadin-button} and its text). Rendered by a script when attached (the HTML is not kept in the session), then updated in place by a small script (the focus
 * stays on the button that has it).
 */
@Tag("div")
final class DomainNav extends Component {

    /** The event data of a click: the domain of the button clicked. */
    static final String DOMAIN = "event.target.closest('[data-domain]')?.dataset.domain";

    /** Only clicks on a button are sent. */
    static final String ON_BUTTON = "!!event.target.closest('[data-domain]')";

    private static final String APPLY =
            """
            for (const [id, label, current, complete] of $0) {
              const b = this.querySelector('[data-domain="' + CSS.escape(id) + '"]');
              if (!b) { continue; }
              b.textContent = label;
              b.setAttribute('aria-current', current ? 'step' : 'false');
              b.setAttribute('data-complete', String(complete));
            }
            """;

    private final List<String> ids;
    private final Map<String, String> labels = new HashMap<>();
    private final Map<String, Boolean> complete = new HashMap<>();
    private String current;
    /** What the browser shows (a hash of it): only a change is sent. */
    private int applied;

    DomainNav(List<Domain> domains, Consumer<String> onPick) {
        ids = domains.stream().map(Domain::id).toList();
        setId("domain-nav");
        addClassName("ra-domain-nav");
        getElement()
                .addEventListener("click", event -> {
                    String id = event.getEventData().getString(DOMAIN);
                    if (ids.contains(id)) {
                        onPick.accept(id);
                    }
                })
                .addEventData(DOMAIN)
                .setFilter(ON_BUTTON);
        // the HTML is sent on attach (again after a resynchronisation), not kept in the session
        addAttachListener(attach -> {
            getElement().executeJs("this.innerHTML = $0", html());
            applied = state();
        });
    }

    /** Shows each domain's label and whether it is complete, and the domain on screen. */
    void show(Map<String, String> labelsById, Map<String, Boolean> completeById, String currentId) {
        labels.putAll(labelsById);
        complete.putAll(completeById);
        current = currentId;
        if (isAttached() && state() != applied) {
            JsonArray entries = Json.createArray();
            for (String id : ids) {
                JsonArray entry = Json.createArray();
                entry.set(0, id);
                entry.set(1, label(id));
                entry.set(2, id.equals(current));
                entry.set(3, complete.getOrDefault(id, false));
                entries.set(entries.length(), entry);
            }
            getElement().executeJs(APPLY, entries);
            applied = state();
        }
    }

    /** The text of a domain's button. */
    String label(String domainId) {
        return labels.getOrDefault(domainId, domainId);
    }

    /** The button's {@code aria-current}: "step" for the domain on screen. */
    String ariaCurrent(String domainId) {
        return domainId.equals(current) ? "step" : "false";
    }

    private int state() {
        return Objects.hash(current, labels, complete);
    }

    private String html() {
        StringBuilder html = new StringBuilder();
        for (String id : ids) {
            String escaped = HtmlText.escape(id);
            html.append("<button type=\"button\" class=\"ra-domain-button\" id=\"nav-")
                    .append(escaped)
                    .append("\" data-domain=\"")
                    .append(escaped)
                    .append("\" aria-current=\"")
                    .append(ariaCurrent(id))
                    .append("\" data-complete=\"")
                    .append(complete.getOrDefault(id, false))
                    .append("\">")
                    .append(HtmlText.escape(label(id)))
                    .append("</button>");
        }
        return html.toString();
    }
}
