package eu.resilience.assessment.questionnaire.internal;

import com.fasterxml.jackson.databind.JsonNode;
import com.networknt.schema.JsonNodePath;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import eu.resilience.assessment.questionnaire.Band;
import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Framework;
import eu.resilience.assessment.questionnaire.LoadError;
import eu.resilience.assessment.questionnaire.LocalizedText;
import eu.resilience.assessment.questionnaire.MaturityLevel;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireStatus;
import eu.resilience.assessment.questionnaire.Scale;
import eu.resilience.assessment.questionnaire.ScoringMethod;
import eu.resilience.assessment.questionnaire.ScoringRules;
import eu.resilience.assessment.questionnaire.Source;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one questionnaire file: YAML syntax, then the JSON Schema, then the rules a schema cannot express (unique ids,
 * references, contiguous levels, complete translations, scale coherence, conditions). Pure Java: no Spring. Each
 * section of the file has its reader ({@link ScoringSection}, {@link ScaleSection}, {@link FrameworkSection},
 * {@link DomainSection}); they share one {@link ParseContext} that collects the errors.
 */
public final class QuestionnaireParser {

    /** Files larger than this are refused before parsing. */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private static final JsonSchema SCHEMA = loadSchema();

    /** Either a questionnaire or the errors that stop it from loading. */
    public record Result(Questionnaire questionnaire, List<LoadError> errors, Set<String> firstRuleHashes) {
        public Result(Questionnaire questionnaire, List<LoadError> errors) {
            this(questionnaire, errors, Set.of());
        }

        public boolean ok() {
            return questionnaire != null;
        }
    }

    /** Parses and validates the text of one file. */
    public Result parse(String fileName, String text) {
        return read(fileName, text);
    }

    private static JsonSchema loadSchema() {
        try (InputStream in =
                QuestionnaireParser.class.getResourceAsStream("/questionnaire-schema/questionnaire.schema.json")) {
            if (in == null) {
                throw new IllegalStateException("questionnaire.schema.json is missing from the classpath");
            }
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012)
                    .getSchema(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Result read(String file, String text) {
        if (text.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_BYTES) {
            return failed(file, 0, "", "the file is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB");
        }
        YamlTree tree;
        try {
            tree = YamlTree.parse(text);
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            return failed(file, line, "", "YAML syntax: " + e.getProblem());
        } catch (YAMLException | IllegalArgumentException e) {
            return failed(file, 0, "", "YAML syntax: " + e.getMessage());
        }
        JsonNode root = tree.root;
        if (!root.isObject()) {
            return failed(file, 1, "", "the file must be a YAML mapping with the fields of a questionnaire");
        }
        ParseContext context = new ParseContext(file, tree);
        List<LoadError> errors = context.errors;
        for (ValidationMessage message : SCHEMA.validate(root)) {
            String pointer = pointer(message.getInstanceLocation());
            errors.add(new LoadError(
                    file, tree.line(pointer), tree.enclosingId(pointer), schemaMessage(message, pointer)));
        }
        if (!errors.isEmpty()) {
            errors.sort(Comparator.comparingInt(LoadError::line));
            return new Result(null, List.copyOf(errors));
        }
        Questionnaire questionnaire = build(context, root);
        return errors.isEmpty()
                ? new Result(questionnaire, List.of(), ContentHash.firstRuleHashes(root))
                : new Result(null, List.copyOf(errors));
    }

    private static Result failed(String file, int line, String id, String message) {
        return new Result(null, List.of(new LoadError(file, line, id, message)));
    }

    /** The questionnaire of a file that passed the schema, its sections read in file order; errors go to context. */
    private static Questionnaire build(ParseContext context, JsonNode root) {
        QuestionnaireStatus status =
                QuestionnaireStatus.valueOf(root.get("status").asText().toUpperCase());
        context.readLanguages(root, status);
        FrameworkSection frameworks = new FrameworkSection(context);
        frameworks.read(root.path("frameworks"));
        String id = root.get("id").asText();
        context.recordId(id, "/id");
        LocalizedText title = context.text(root, "", "title");
        LocalizedText description = context.text(root, "", "description");
        ScoringMethod method =
                ScoringMethod.valueOf(root.at("/scoring/method").asText().toUpperCase());
        ScoringSection scoring = new ScoringSection(context);
        List<MaturityLevel> levels = scoring.levels(root.at("/scoring/levels"));
        MaturityLevel levelZero = scoring.levelZero(root.at("/scoring"), method, levels);
        ScoringRules rules = scoring.rules(root.get("scoring"), method);
        List<Band> bands = scoring.bands(root.at("/scoring/bands"));
        Map<String, Scale> scales = new ScaleSection(context).scales(root.get("scales"), method);
        String defaultScaleId = root.get("default_scale").asText();
        if (!scales.containsKey(defaultScaleId)) {
            context.error("/default_scale", "default_scale '" + defaultScaleId + "' is not a declared scale");
        }
        Map<String, MaturityLevel> levelsById =
                levels.stream().collect(Collectors.toMap(MaturityLevel::id, Function.identity(), (a, b) -> a));

        DomainSection domainSection = new DomainSection(
                context, frameworks, new DomainSection.PracticeRules(method, levelsById, scales, defaultScaleId));
        List<Domain> domains = domainSection.read(root.get("domains"));
        List<Practice> practices = domainSection.practices();
        if (method == ScoringMethod.CUMULATIVE && context.errors.isEmpty()) {
            scoring.checkEveryLevelUsed(levels, practices);
        }
        String publisher = root.path("publisher").asText("");
        List<Framework> used = frameworks.used();
        return new Questionnaire(
                id,
                root.get("version").asText(),
                status,
                List.copyOf(context.languages()),
                title,
                description,
                publisher,
                method,
                levels,
                bands,
                List.copyOf(scales.values()),
                List.copyOf(domains),
                List.copyOf(practices),
                practices.stream()
                        .collect(Collectors.toUnmodifiableMap(Practice::id, Function.identity(), (a, b) -> a)),
                context.file,
                ContentHash.of(root),
                rules,
                levelZero,
                source(root.path("source")),
                List.copyOf(used),
                List.copyOf(context.draftLanguages()));
    }

    private static Source source(JsonNode n) {
        if (n.isMissingNode()) {
            return Source.NONE;
        }
        return new Source(
                n.path("title").asText(""),
                n.path("publisher").asText(""),
                n.path("url").asText(""),
                n.path("date").asText(""),
                n.path("licence").asText(""));
    }

    private static String pointer(JsonNodePath path) {
        StringBuilder pointer = new StringBuilder();
        for (int i = 0; i < path.getNameCount(); i++) {
            pointer.append('/')
                    .append(String.valueOf(path.getElement(i))
                            .replace("~", "~0")
                            .replace("/", "~1"));
        }
        return pointer.toString();
    }

    /** The marker that starts a text of a draft locale taken from the default locale, e.g. "[EN] ". */
    public static String fallbackMarker(String defaultLanguage) {
        return "[" + defaultLanguage.toUpperCase(java.util.Locale.ROOT) + "] ";
    }

    /**
     * The schema's message with the field (its path in the file) and the bad value, e.g. {@code
     * domains[0].goals[0].practices[1].level = 'mil1': does not match the regex pattern ...}.
     */
    private static String schemaMessage(ValidationMessage message, String pointer) {
        String text = message.getMessage();
        // networknt prefixes the instance location ("$.domains[0]: ..."): replaced by the field's path and value
        int colon = text.indexOf(": ");
        String detail = colon > 0 && text.startsWith("$") ? text.substring(colon + 2) : text;
        String field = fieldPath(pointer);
        JsonNode value = message.getInstanceNode();
        String shown = value != null && value.isValueNode() ? " = " + shortValue(value) : "";
        return field.isEmpty() ? detail : field + shown + ": " + detail;
    }

    /** A JSON pointer as the path a reader of the YAML file recognises: {@code domains[0].goals[1].id}. */
    static String fieldPath(String pointer) {
        StringBuilder path = new StringBuilder();
        for (String part : pointer.split("/")) {
            if (part.isEmpty()) {
                continue;
            }
            String name = part.replace("~1", "/").replace("~0", "~");
            if (name.chars().allMatch(Character::isDigit)) {
                path.append('[').append(name).append(']');
            } else {
                path.append(path.length() == 0 ? "" : ".").append(name);
            }
        }
        return path.toString();
    }

    private static String shortValue(JsonNode value) {
        String text = value.isTextual() ? "'" + value.asText() + "'" : value.toString();
        return text.length() > 80 ? text.substring(0, 77) + "...'" : text;
    }
}
