package eu.resilience.assessment.assessment.ui;

import com.vaadin.flow.component.select.Select;
import eu.resilience.assessment.questionnaire.Domain;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Consumer;

/**
 * The domains of the questionnaire as one picker above the cards, for narrow screens (a phone): the theme shows it
 * instead of the list of domains on the side below 700 px. Each entry shows the domain's progress, as the list does.
 */
final class DomainPicker extends Select<Domain> {

    private final Map<String, String> labels = new HashMap<>();

    DomainPicker(List<Domain> domains, Consumer<String> onPick) {
        setId("domain-picker");
        addClassName("ra-domain-picker");
        setLabel(getTranslation("assessment.domain"));
        setWidthFull();
        setItems(domains);
        setItemLabelGenerator(domain -> labels.getOrDefault(domain.id(), domain.id()));
        addValueChangeListener(change -> {
            if (change.isFromClient() && change.getValue() != null) {
                onPick.accept(change.getValue().id());
            }
        });
    }

    /** Shows the domain on screen as the picked one. */
    void show(Domain domain) {
        if (!Objects.equals(getValue(), domain)) {
            setValue(domain);
        }
    }

    /** The text of every entry (the domain and its progress), after an answer changed it: only changed entries. */
    void label(Map<String, String> byDomain) {
        getListDataView().getItems().forEach(domain -> {
            String label = byDomain.get(domain.id());
            if (label != null && !label.equals(labels.put(domain.id(), label))) {
                getListDataView().refreshItem(domain);
            }
        });
    }
}
