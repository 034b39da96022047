package eu.resilience.assessment.questionnaire.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The hash a published questionnaire version is locked to. It covers the structure, every value and the texts in the
 * default language (the first of {@code locales}), in a canonical form (keys sorted, so comments and layout do not
 * count); it leaves out the translations into the other languages and the {@code locales} and {@code draft_locales}
 * lists, so that a published version may gain a language or have a translation corrected, but never change what it
 * asks or how it scores.
 *
 * <p>Locks stored before this rule hashed every text in every language (rule 1). Such a lock still accepts its file
 * unchanged, or with languages added since ({@link #firstRuleHashes}); the loader then moves it to this rule.
 */
final class ContentHash {

    /** The rule {@link #of} follows, stored with each lock. */
    static final int RULE = 2;

    private ContentHash() {}

    /** The hash under the current rule: structure, values and default-language texts. */
    static String of(JsonNode root) {
        List<String> locales = locales(root);
        if (locales.isEmpty()) {
            return sha256(root);
        }
        ObjectNode copy = (ObjectNode) keepLanguages(root, Set.of(locales.get(0)), Set.copyOf(locales));
        copy.remove("locales");
        copy.remove("draft_locales");
        return sha256(copy);
    }

    /**
     * The hashes under rule 1 (every text in every language) of the content as it is and of the content without any
     * combination of its translations, as it was before it gained those languages.
     */
    static Set<String> firstRuleHashes(JsonNode root) {
        List<String> locales = locales(root);
        Set<String> hashes = new LinkedHashSet<>();
        hashes.add(sha256(root));
        if (locales.size() < 2 || locales.size() > 6) {
            return hashes;
        }
        List<String> translations = locales.subList(1, locales.size());
        for (int mask = 1; mask < (1 << translations.size()); mask++) {
            Set<String> kept = new LinkedHashSet<>();
            kept.add(locales.get(0));
            for (int i = 0; i < translations.size(); i++) {
                if ((mask & (1 << i)) == 0) {
                    kept.add(translations.get(i));
                }
            }
            ObjectNode copy = (ObjectNode) keepLanguages(root, kept, Set.copyOf(locales));
            ArrayNode keptLocales = copy.putArray("locales");
            locales.stream().filter(kept::contains).forEach(keptLocales::add);
            hashes.add(sha256(copy));
        }
        return hashes;
    }

    private static List<String> locales(JsonNode root) {
        List<String> locales = new ArrayList<>();
        root.path("locales").forEach(l -> locales.add(l.asText()));
        return locales;
    }

    /** A copy in which every text (an object of declared languages to strings) keeps only the given languages. */
    private static JsonNode keepLanguages(JsonNode node, Set<String> kept, Set<String> declared) {
        if (node.isObject()) {
            boolean allLanguages = node.size() > 0;
            var names = node.fieldNames();
            while (names.hasNext()) {
                String name = names.next();
                allLanguages &= declared.contains(name) && node.get(name).isTextual();
            }
            boolean text = allLanguages;
            ObjectNode copy = JsonNodeFactory.instance.objectNode();
            node.fields().forEachRemaining(field -> {
                if (!text || kept.contains(field.getKey())) {
                    copy.set(field.getKey(), keepLanguages(field.getValue(), kept, declared));
                }
            });
            return copy;
        }
        if (node.isArray()) {
            ArrayNode copy = JsonNodeFactory.instance.arrayNode();
            node.forEach(item -> copy.add(keepLanguages(item, kept, declared)));
            return copy;
        }
        return node;
    }

    private static String sha256(JsonNode node) {
        StringBuilder canonical = new StringBuilder();
        canonicalize(node, canonical);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(canonical.toString().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static void canonicalize(JsonNode node, StringBuilder out) {
        if (node.isObject()) {
            out.append('{');
            List<String> names = new ArrayList<>();
            node.fieldNames().forEachRemaining(names::add);
            names.sort(null);
            for (String name : names) {
                out.append(quote(name)).append(':');
                canonicalize(node.get(name), out);
                out.append(',');
            }
            out.append('}');
        } else if (node.isArray()) {
            out.append('[');
            node.forEach(item -> {
                canonicalize(item, out);
                out.append(',');
            });
            out.append(']');
        } else if (node.isNumber()) {
            out.append(node.decimalValue().stripTrailingZeros().toPlainString());
        } else if (node.isTextual()) {
            out.append(quote(node.asText()));
        } else {
            out.append(node.asText());
        }
    }

    private static String quote(String text) {
        return '"' + text.replace("\\", "\\\\").replace("\"", "\\\"") + '"';
    }
}
