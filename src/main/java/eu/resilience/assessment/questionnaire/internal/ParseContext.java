package eu.resilience.assessment.questionnaire.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.resilience.assessment.questionnaire.LoadError;
import eu.resilience.assessment.questionnaire.LocalizedText;
import eu.resilience.assessment.questionnaire.QuestionnaireStatus;
import eu.resilience.assessment.text.FreeText;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * One parse of one file, shared by the readers of its sections: the YAML tree, the errors collected as it goes (each
 * with its line and enclosing id), the ids seen so far, and the declared languages every localized text is checked
 * against.
 */
final class ParseContext {

    final String file;
    final YamlTree tree;
    final List<LoadError> errors = new ArrayList<>();
    private List<String> languages;
    private Set<String> draftLanguages = Set.of();
    /** Every id of the file and the line of its first use. */
    private final Map<String, Integer> ids = new HashMap<>();

    ParseContext(String file, YamlTree tree) {
        this.file = file;
        this.tree = tree;
    }

    void error(String pointer, String message) {
        errors.add(new LoadError(file, tree.line(pointer), tree.enclosingId(pointer), message));
    }

    List<String> languages() {
        return languages;
    }

    Set<String> draftLanguages() {
        return draftLanguages;
    }

    /** Reads {@code locales} and {@code draft_locales}: the languages every text must have (or fall back from). */
    void readLanguages(JsonNode root, QuestionnaireStatus status) {
        languages = strings(root.get("locales"));
        draftLanguages = draftLocales(root, status);
    }

    private Set<String> draftLocales(JsonNode root, QuestionnaireStatus status) {
        List<String> drafts = strings(root.path("draft_locales"));
        if (drafts.isEmpty()) {
            return Set.of();
        }
        if (status == QuestionnaireStatus.PUBLISHED) {
            error(
                    "/draft_locales",
                    "draft_locales " + drafts + ": a published questionnaire needs every declared locale"
                            + " complete; complete the texts and remove draft_locales, or set status: draft");
        }
        for (int i = 0; i < drafts.size(); i++) {
            String language = drafts.get(i);
            if (!languages.contains(language)) {
                error("/draft_locales/" + i, "draft locale '" + language + "' is not in locales " + languages);
            } else if (language.equals(languages.get(0))) {
                error(
                        "/draft_locales/" + i,
                        "draft locale '" + language + "' is the default locale (the first of locales), whose"
                                + " texts are the fallback: it must be complete");
            }
        }
        return Set.copyOf(drafts);
    }

    /** Records the id of the file at {@code pointer}; an id used twice is an error naming the first line. */
    void recordId(String id, String pointer) {
        ids.put(id, tree.line(pointer));
    }

    String uniqueId(JsonNode node, String pointer) {
        String id = node.get("id").asText();
        Integer first = ids.putIfAbsent(id, tree.line(pointer + "/id"));
        if (first != null) {
            error(
                    pointer + "/id",
                    "id " + id + " is used more than once in the file (first on line " + first
                            + "); ids must be unique");
        }
        return id;
    }

    LocalizedText text(JsonNode parent, String pointer, String field) {
        return localized(parent.get(field), pointer + "/" + field, field);
    }

    LocalizedText optionalText(JsonNode parent, String pointer, String field) {
        return parent.has(field) ? text(parent, pointer, field) : LocalizedText.EMPTY;
    }

    LocalizedText localized(JsonNode node, String pointer, String field) {
        Map<String, String> texts = new LinkedHashMap<>();
        node.fields().forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
        for (String language : languages) {
            if (!texts.containsKey(language)) {
                if (draftLanguages.contains(language) && texts.containsKey(languages.get(0))) {
                    // a draft locale: the default text, marked as not translated yet
                    texts.put(
                            language,
                            QuestionnaireParser.fallbackMarker(languages.get(0)) + texts.get(languages.get(0)));
                } else {
                    error(pointer, field + " has no '" + language + "' translation (declared in locales)");
                }
            }
        }
        for (String language : texts.keySet()) {
            if (!languages.contains(language)) {
                error(pointer, field + " has a '" + language + "' text, but '" + language + "' is not in locales");
            }
        }
        // the same input rule as for the texts users type: nothing that displays otherwise than it reads
        texts.forEach((language, text) -> FreeText.refusedCharacter(text, true)
                .ifPresent(character -> error(
                        pointer + "/" + language,
                        field + " (" + language + ") contains the invisible control or direction-override"
                                + " character " + character + "; remove it")));
        return new LocalizedText(texts, languages.get(0));
    }

    static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return List.copyOf(values);
    }
}
