package eu.resilience.assessment.questionnaire.internal;

import static eu.resilience.assessment.questionnaire.internal.ParseContext.strings;

import com.fasterxml.jackson.databind.JsonNode;
import eu.resilience.assessment.questionnaire.Framework;
import eu.resilience.assessment.questionnaire.References;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;

/**
 * The {@code frameworks} a file declares and the {@code references} of its practices to them: keys declared or known,
 * ids matching the framework's pattern, ISO/IEC 27001 Annex A controls that exist.
 */
final class FrameworkSection {

    private static final Map<String, Integer> ISO_ANNEX_A_SIZES = Map.of("5", 37, "6", 8, "7", 14, "8", 34);

    private final ParseContext context;
    private Map<String, Framework> frameworks = new LinkedHashMap<>();
    private final Set<String> referencedFrameworks = new LinkedHashSet<>();

    FrameworkSection(ParseContext context) {
        this.context = context;
    }

    /** Reads the declared frameworks ({@code frameworks}); call before any {@link #references}. */
    void read(JsonNode nodes) {
        frameworks = frameworks(nodes);
    }

    /** The declared frameworks, then the known ones practices refer to without declaring them. */
    List<Framework> used() {
        List<Framework> used = new ArrayList<>(frameworks.values());
        referencedFrameworks.stream()
                .filter(key -> !frameworks.containsKey(key))
                .map(Framework::known)
                .forEach(used::add);
        return used;
    }

    private Map<String, Framework> frameworks(JsonNode nodes) {
        Map<String, Framework> declared = new LinkedHashMap<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            String pointer = "/frameworks/" + i;
            String key = n.get("key").asText();
            Framework known = Framework.known(key);
            Pattern pattern = known == null ? null : known.idPattern();
            if (n.has("id_pattern")) {
                String regex = n.get("id_pattern").asText();
                if (known != null) {
                    context.error(
                            pointer + "/id_pattern",
                            "frameworks[" + i + "].id_pattern: '" + key + "' is a known framework whose ids are"
                                    + " checked by the application; remove id_pattern '" + regex + "'");
                } else {
                    try {
                        pattern = Pattern.compile(regex);
                    } catch (PatternSyntaxException e) {
                        context.error(
                                pointer + "/id_pattern",
                                "frameworks[" + i + "].id_pattern '" + regex + "' is not a valid regular"
                                        + " expression: " + e.getDescription());
                    }
                }
            }
            Framework framework = new Framework(
                    key, n.get("title").asText(), n.path("version").asText(""), pattern);
            if (declared.put(key, framework) != null) {
                context.error(pointer + "/key", "framework key '" + key + "' is declared twice in frameworks");
            }
        }
        return declared;
    }

    /** The references of the practice at {@code pointer}, checked against the frameworks. */
    References references(JsonNode node, String pointer) {
        Map<String, List<String>> byFramework = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> {
            String key = e.getKey();
            List<String> values = strings(e.getValue());
            Framework framework = frameworks.containsKey(key) ? frameworks.get(key) : Framework.known(key);
            if (framework == null) {
                context.error(
                        pointer + "/" + key,
                        "references." + key + ": framework '" + key + "' is not declared in frameworks (declared: "
                                + (frameworks.isEmpty() ? "none" : String.join(", ", frameworks.keySet()))
                                + "; known: nist_csf, iso27001, nis2)");
                return;
            }
            referencedFrameworks.add(key);
            for (int i = 0; i < values.size(); i++) {
                if (framework.idPattern() != null
                        && !framework.idPattern().matcher(values.get(i)).matches()) {
                    context.error(
                            pointer + "/" + key + "/" + i,
                            "references." + key + "[" + i + "] = '" + values.get(i) + "' is not an id of "
                                    + framework.label() + " (pattern "
                                    + framework.idPattern().pattern() + ")");
                }
            }
            byFramework.put(key, values);
        });
        List<String> iso = strings(node.path("iso27001"));
        for (int i = 0; i < iso.size(); i++) {
            String[] parts = iso.get(i).substring(2).split("\\.");
            int number = Integer.parseInt(parts[1]);
            if (number < 1 || number > ISO_ANNEX_A_SIZES.get(parts[0])) {
                context.error(
                        pointer + "/iso27001/" + i,
                        "ISO/IEC 27001:2022 has no Annex A control " + iso.get(i)
                                + " (A." + parts[0] + " goes from A." + parts[0] + ".1 to A." + parts[0] + "."
                                + ISO_ANNEX_A_SIZES.get(parts[0]) + ")");
            }
        }
        return new References(byFramework);
    }
}
