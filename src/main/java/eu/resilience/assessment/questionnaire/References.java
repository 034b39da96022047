package eu.resilience.assessment.questionnaire;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * References of a practice to frameworks, by framework key (see {@link Framework}): the ids it maps to, in file order.
 */
public record References(Map<String, List<String>> byFramework) {

    public static final References NONE = new References(Map.of());

    public References {
        Map<String, List<String>> copy = new LinkedHashMap<>();
        byFramework.forEach((key, ids) -> {
            if (!ids.isEmpty()) {
                copy.put(key, List.copyOf(ids));
            }
        });
        byFramework = java.util.Collections.unmodifiableMap(copy);
    }

    /** The ids referenced in one framework; empty when none. */
    public List<String> of(String frameworkKey) {
        return byFramework.getOrDefault(frameworkKey, List.of());
    }

    /** NIST CSF 2.0 ids. */
    public List<String> nistCsf() {
        return of(Framework.NIST_CSF);
    }

    /** ISO/IEC 27001:2022 Annex A controls. */
    public List<String> iso27001() {
        return of(Framework.ISO_27001);
    }

    /** NIS2 Art. 21(2) points. */
    public List<String> nis2() {
        return of(Framework.NIS2);
    }

    public boolean isEmpty() {
        return byFramework.isEmpty();
    }
}
