package eu.resilience.assessment.plan.ui;

import com.vaadin.flow.component.HasValidation;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Which field a refusal of the service is about, by the start of its message key: the message is shown on that field
 * (which its form's Binder clears as soon as the value changes and is valid). The same class stands in
 * {@code organization.ui}: organization's screens may not use base (base depends on organization), so there is no shared home.
 */
final class FieldRefusals {

    private final Map<String, HasValidation> fields = new LinkedHashMap<>();

    /** Refusals whose key starts with {@code keyPrefix} are about {@code field} (the first match wins). */
    FieldRefusals on(String keyPrefix, HasValidation field) {
        fields.put(keyPrefix, field);
        return this;
    }

    /** Shows the message on the field the key is about; false when it is about none (the form shows it below). */
    boolean show(String messageKey, String message) {
        for (Map.Entry<String, HasValidation> entry : fields.entrySet()) {
            if (messageKey.startsWith(entry.getKey())) {
                entry.getValue().setErrorMessage(message);
                entry.getValue().setInvalid(true);
                return true;
            }
        }
        return false;
    }
}
