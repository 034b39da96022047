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
import eu.resilience.assessment.questionnaire.Goal;
import eu.resilience.assessment.questionnaire.LoadError;
import eu.resilience.assessment.questionnaire.LocalizedText;
import eu.resilience.assessment.questionnaire.MaturityLevel;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireStatus;
import eu.resilience.assessment.questionnaire.References;
import eu.resilience.assessment.questionnaire.Scale;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.questionnaire.ScoringMethod;
import eu.resilience.assessment.questionnaire.ScoringRules;
import eu.resilience.assessment.questionnaire.Source;
import eu.resilience.assessment.questionnaire.VisibilityCondition;
import eu.resilience.assessment.text.FreeText;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import java.util.stream.Collectors;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Reads one questionnaire file: YAML syntax, then the JSON Schema, then the rules a schema cannot express (unique ids,
 * references, contiguous levels, complete translations, scale coherence, conditions). Pure Java: no Spring.
 */
public final class QuestionnaireParser {

    /** Files larger than this are refused before parsing. */
    public static final int MAX_FILE_BYTES = 2 * 1024 * 1024;

    private static final JsonSchema SCHEMA = loadSchema();
    private static final Map<String, Integer> ISO_ANNEX_A_SIZES = Map.of("5", 37, "6", 8, "7", 14, "8", 34);
    private static final Set<String> SIZE_CLASSES = Set.of("micro", "small", "medium", "large");

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
        return new Run(fileName).parse(text);
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

    /** One parse of one file; collects errors as it goes. */
    private static final class Run {
        private final String file;
        private final List<LoadError> errors = new ArrayList<>();
        private YamlTree tree;
        private List<String> languages;
        private Set<String> draftLanguages = Set.of();
        /** Every id of the file and the line of its first use. */
        private final Map<String, Integer> ids = new HashMap<>();

        private Map<String, Framework> frameworks = new LinkedHashMap<>();
        private final Set<String> referencedFrameworks = new LinkedHashSet<>();

        Run(String file) {
            this.file = file;
        }

        Result parse(String text) {
            if (text.getBytes(StandardCharsets.UTF_8).length > MAX_FILE_BYTES) {
                return failed(0, "", "the file is larger than " + MAX_FILE_BYTES / 1024 / 1024 + " MB");
            }
            try {
                tree = YamlTree.parse(text);
            } catch (MarkedYAMLException e) {
                int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
                return failed(line, "", "YAML syntax: " + e.getProblem());
            } catch (YAMLException | IllegalArgumentException e) {
                return failed(0, "", "YAML syntax: " + e.getMessage());
            }
            JsonNode root = tree.root;
            if (!root.isObject()) {
                return failed(1, "", "the file must be a YAML mapping with the fields of a questionnaire");
            }
            for (ValidationMessage message : SCHEMA.validate(root)) {
                String pointer = pointer(message.getInstanceLocation());
                errors.add(new LoadError(
                        file, tree.line(pointer), tree.enclosingId(pointer), schemaMessage(message, pointer)));
            }
            if (!errors.isEmpty()) {
                errors.sort(Comparator.comparingInt(LoadError::line));
                return new Result(null, List.copyOf(errors));
            }
            Questionnaire questionnaire = build(root);
            return errors.isEmpty()
                    ? new Result(questionnaire, List.of(), ContentHash.firstRuleHashes(root))
                    : new Result(null, List.copyOf(errors));
        }

        private Result failed(int line, String id, String message) {
            return new Result(null, List.of(new LoadError(file, line, id, message)));
        }

        private void error(String pointer, String message) {
            errors.add(new LoadError(file, tree.line(pointer), tree.enclosingId(pointer), message));
        }

        private Questionnaire build(JsonNode root) {
            languages = strings(root.get("locales"));
            QuestionnaireStatus status =
                    QuestionnaireStatus.valueOf(root.get("status").asText().toUpperCase());
            draftLanguages = draftLocales(root, status);
            frameworks = frameworks(root.path("frameworks"));
            String id = root.get("id").asText();
            ids.put(id, tree.line("/id"));
            LocalizedText title = text(root, "", "title");
            LocalizedText description = text(root, "", "description");
            ScoringMethod method =
                    ScoringMethod.valueOf(root.at("/scoring/method").asText().toUpperCase());
            List<MaturityLevel> levels = levels(root.at("/scoring/levels"));
            MaturityLevel levelZero = levelZero(root.at("/scoring"), method, levels);
            ScoringRules rules = rules(root.get("scoring"), method);
            List<Band> bands = bands(root.at("/scoring/bands"));
            Map<String, Scale> scales = scales(root.get("scales"), method);
            String defaultScaleId = root.get("default_scale").asText();
            if (!scales.containsKey(defaultScaleId)) {
                error("/default_scale", "default_scale '" + defaultScaleId + "' is not a declared scale");
            }
            Map<String, MaturityLevel> levelsById =
                    levels.stream().collect(Collectors.toMap(MaturityLevel::id, Function.identity(), (a, b) -> a));

            List<Domain> domains = new ArrayList<>();
            List<Practice> practices = new ArrayList<>();
            Set<String> allPracticeIds = new HashSet<>();
            root.get("domains").forEach(d -> d.get("goals").forEach(g -> g.get("practices")
                    .forEach(p -> allPracticeIds.add(p.get("id").asText()))));
            Set<String> earlier = new LinkedHashSet<>();
            JsonNode domainNodes = root.get("domains");
            for (int di = 0; di < domainNodes.size(); di++) {
                JsonNode dn = domainNodes.get(di);
                String dp = "/domains/" + di;
                String domainId = uniqueId(dn, dp);
                List<Goal> goals = new ArrayList<>();
                JsonNode goalNodes = dn.get("goals");
                for (int gi = 0; gi < goalNodes.size(); gi++) {
                    JsonNode gn = goalNodes.get(gi);
                    String gp = dp + "/goals/" + gi;
                    String goalId = uniqueId(gn, gp);
                    List<Practice> goalPractices = new ArrayList<>();
                    JsonNode practiceNodes = gn.get("practices");
                    for (int pi = 0; pi < practiceNodes.size(); pi++) {
                        Practice practice = practice(
                                practiceNodes.get(pi),
                                gp + "/practices/" + pi,
                                domainId,
                                goalId,
                                practices.size(),
                                method,
                                levelsById,
                                scales,
                                defaultScaleId,
                                earlier,
                                allPracticeIds);
                        if (practice != null) {
                            goalPractices.add(practice);
                            practices.add(practice);
                            earlier.add(practice.id());
                        }
                    }
                    goals.add(new Goal(
                            goalId,
                            text(gn, gp, "title"),
                            optionalText(gn, gp, "description"),
                            List.copyOf(goalPractices)));
                }
                domains.add(new Domain(
                        domainId,
                        text(dn, dp, "title"),
                        optionalText(dn, dp, "description"),
                        List.copyOf(goals),
                        optionalText(dn, dp, "purpose")));
            }
            if (method == ScoringMethod.CUMULATIVE && errors.isEmpty()) {
                checkEveryLevelUsed(levels, practices);
            }
            String publisher = root.path("publisher").asText("");
            List<Framework> used = new ArrayList<>(frameworks.values());
            referencedFrameworks.stream()
                    .filter(key -> !frameworks.containsKey(key))
                    .map(Framework::known)
                    .forEach(used::add);
            return new Questionnaire(
                    id,
                    root.get("version").asText(),
                    status,
                    List.copyOf(languages),
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
                    file,
                    ContentHash.of(root),
                    rules,
                    levelZero,
                    source(root.path("source")),
                    List.copyOf(used),
                    List.copyOf(draftLanguages));
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
                        error(
                                pointer + "/id_pattern",
                                "frameworks[" + i + "].id_pattern: '" + key + "' is a known framework whose ids are"
                                        + " checked by the application; remove id_pattern '" + regex + "'");
                    } else {
                        try {
                            pattern = Pattern.compile(regex);
                        } catch (PatternSyntaxException e) {
                            error(
                                    pointer + "/id_pattern",
                                    "frameworks[" + i + "].id_pattern '" + regex + "' is not a valid regular"
                                            + " expression: " + e.getDescription());
                        }
                    }
                }
                Framework framework = new Framework(
                        key, n.get("title").asText(), n.path("version").asText(""), pattern);
                if (declared.put(key, framework) != null) {
                    error(pointer + "/key", "framework key '" + key + "' is declared twice in frameworks");
                }
            }
            return declared;
        }

        private MaturityLevel levelZero(JsonNode scoring, ScoringMethod method, List<MaturityLevel> levels) {
            JsonNode n = scoring.path("level_zero");
            if (n.isMissingNode()) {
                return null;
            }
            if (method != ScoringMethod.CUMULATIVE) {
                error(
                        "/scoring/level_zero",
                        "scoring.level_zero names level 0 of cumulative levels; an averaged"
                                + " questionnaire has bands: remove it");
                return null;
            }
            String id = n.get("id").asText();
            if (levels.stream().anyMatch(l -> l.id().equals(id))) {
                error("/scoring/level_zero/id", "scoring.level_zero.id '" + id + "' is also the id of a level");
            }
            return new MaturityLevel(
                    id,
                    0,
                    text(n, "/scoring/level_zero", "name"),
                    optionalText(n, "/scoring/level_zero", "description"));
        }

        private ScoringRules rules(JsonNode scoring, ScoringMethod method) {
            boolean cumulative = method == ScoringMethod.CUMULATIVE;
            for (String field : cumulative ? List.of("overall", "band_decimals") : List.of("all_na_level_reached")) {
                if (scoring.has(field)) {
                    error(
                            "/scoring/" + field,
                            "scoring." + field + " is an option of " + (cumulative ? "averaged" : "cumulative")
                                    + " questionnaires; this one is "
                                    + method.name().toLowerCase()
                                    + ": remove it");
                }
            }
            return new ScoringRules(
                    scoring.path("all_na_level_reached").asBoolean(true),
                    "domains".equals(scoring.path("overall").asText())
                            ? ScoringRules.OverallMaturity.DOMAINS
                            : ScoringRules.OverallMaturity.PRACTICES,
                    scoring.has("band_decimals") ? scoring.get("band_decimals").asInt() : null);
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

        private Practice practice(
                JsonNode pn,
                String pp,
                String domainId,
                String goalId,
                int index,
                ScoringMethod method,
                Map<String, MaturityLevel> levels,
                Map<String, Scale> scales,
                String defaultScale,
                Set<String> earlier,
                Set<String> all) {
            String id = uniqueId(pn, pp);
            MaturityLevel level = null;
            if (pn.has("level")) {
                String levelId = pn.get("level").asText();
                level = levels.get(levelId);
                if (method == ScoringMethod.AVERAGED) {
                    error(
                            pp + "/level",
                            "a practice of an averaged questionnaire has no level; remove 'level: " + levelId + "'");
                } else if (level == null) {
                    error(pp + "/level", "level '" + levelId + "' is not one of scoring.levels");
                }
            } else if (method == ScoringMethod.CUMULATIVE) {
                error(pp, "practice has no level; every practice of a cumulative questionnaire needs one");
            }
            String scaleId = pn.path("scale").asText(defaultScale);
            Scale scale = scales.get(scaleId);
            if (scale == null && pn.has("scale")) {
                error(pp + "/scale", "scale '" + scaleId + "' is not declared in scales");
            }
            VisibilityCondition condition = null;
            if (pn.has("visible_when")) {
                CelConditions.Compiled compiled =
                        CelConditions.compile(pn.get("visible_when").asText(), earlier, all);
                compiled.problems().forEach(problem -> error(pp + "/visible_when", problem));
                condition = compiled.condition();
            }
            List<LocalizedText> evidence = new ArrayList<>();
            JsonNode evidenceNodes = pn.path("evidence");
            for (int i = 0; i < evidenceNodes.size(); i++) {
                evidence.add(localized(evidenceNodes.get(i), pp + "/evidence/" + i, "evidence"));
            }
            Map<String, LocalizedText> bySize = new TreeMap<>();
            pn.path("recommendation_by_size").fields().forEachRemaining(e -> {
                if (SIZE_CLASSES.contains(e.getKey())) {
                    bySize.put(
                            e.getKey(),
                            localized(
                                    e.getValue(),
                                    pp + "/recommendation_by_size/" + e.getKey(),
                                    "recommendation_by_size." + e.getKey()));
                }
            });
            References references = references(pn.path("references"), pp + "/references");
            return new Practice(
                    id,
                    domainId,
                    goalId,
                    index,
                    text(pn, pp, "text"),
                    optionalText(pn, pp, "guidance"),
                    level,
                    pn.path("weight").asDouble(1.0),
                    scale,
                    pn.path("allow_na").asBoolean(false),
                    List.copyOf(evidence),
                    references,
                    condition,
                    optionalText(pn, pp, "recommendation"),
                    Map.copyOf(bySize),
                    optionalText(pn, pp, "title"));
        }

        private References references(JsonNode node, String pointer) {
            Map<String, List<String>> byFramework = new LinkedHashMap<>();
            node.fields().forEachRemaining(e -> {
                String key = e.getKey();
                List<String> values = strings(e.getValue());
                Framework framework = frameworks.containsKey(key) ? frameworks.get(key) : Framework.known(key);
                if (framework == null) {
                    error(
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
                        error(
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
                    error(
                            pointer + "/iso27001/" + i,
                            "ISO/IEC 27001:2022 has no Annex A control " + iso.get(i)
                                    + " (A." + parts[0] + " goes from A." + parts[0] + ".1 to A." + parts[0] + "."
                                    + ISO_ANNEX_A_SIZES.get(parts[0]) + ")");
                }
            }
            return new References(byFramework);
        }

        private List<MaturityLevel> levels(JsonNode nodes) {
            List<MaturityLevel> levels = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (int i = 0; i < nodes.size(); i++) {
                JsonNode n = nodes.get(i);
                String pointer = "/scoring/levels/" + i;
                if (!seen.add(n.get("id").asText())) {
                    error(pointer, "level id " + n.get("id").asText() + " is declared twice");
                }
                levels.add(new MaturityLevel(
                        n.get("id").asText(),
                        n.get("rank").asInt(),
                        text(n, pointer, "name"),
                        optionalText(n, pointer, "description")));
            }
            levels.sort(Comparator.comparingInt(MaturityLevel::rank));
            for (int i = 0; i < levels.size(); i++) {
                if (levels.get(i).rank() != i + 1) {
                    error(
                            "/scoring/levels",
                            "level ranks must be contiguous from 1 (1, 2, 3...): found "
                                    + levels.stream()
                                            .map(l -> String.valueOf(l.rank()))
                                            .collect(Collectors.joining(", ")));
                    break;
                }
            }
            return List.copyOf(levels);
        }

        private void checkEveryLevelUsed(List<MaturityLevel> levels, List<Practice> practices) {
            Set<Integer> used = practices.stream().map(Practice::levelRank).collect(Collectors.toSet());
            for (int i = 0; i < levels.size(); i++) {
                if (!used.contains(levels.get(i).rank())) {
                    error(
                            "/scoring/levels/" + i,
                            "level " + levels.get(i).id() + " has no practice: levels must be contiguous");
                }
            }
        }

        private List<Band> bands(JsonNode nodes) {
            List<Band> bands = new ArrayList<>();
            for (int i = 0; i < nodes.size(); i++) {
                JsonNode n = nodes.get(i);
                String pointer = "/scoring/bands/" + i;
                Band band = new Band(
                        n.get("id").asText(),
                        n.get("from").asDouble(),
                        text(n, pointer, "name"),
                        optionalText(n, pointer, "description"));
                if (!bands.isEmpty()
                        && band.from() <= bands.get(bands.size() - 1).from()) {
                    error(pointer, "band " + band.id() + " must start above the band before it");
                }
                bands.add(band);
            }
            return List.copyOf(bands);
        }

        private Map<String, Scale> scales(JsonNode nodes, ScoringMethod method) {
            Map<String, Scale> scales = new LinkedHashMap<>();
            for (int i = 0; i < nodes.size(); i++) {
                JsonNode n = nodes.get(i);
                String pointer = "/scales/" + i;
                String id = n.get("id").asText();
                List<ScaleOption> options = new ArrayList<>();
                Set<String> optionIds = new HashSet<>();
                JsonNode optionNodes = n.get("options");
                for (int j = 0; j < optionNodes.size(); j++) {
                    JsonNode o = optionNodes.get(j);
                    String op = pointer + "/options/" + j;
                    String optionId = o.get("id").asText();
                    if (optionId.equals("na")) {
                        error(op, "option id 'na' is reserved for 'not applicable'");
                    }
                    if (!optionIds.add(optionId)) {
                        error(op, "option " + optionId + " is declared twice in scale " + id);
                    }
                    if (method == ScoringMethod.AVERAGED && !o.has("step")) {
                        error(
                                op,
                                "option " + optionId
                                        + " has no step; an averaged questionnaire needs a step on every option");
                    }
                    options.add(new ScaleOption(
                            optionId,
                            text(o, op, "label"),
                            optionalText(o, op, "description"),
                            o.get("value").asDouble(),
                            o.get("achieved").asBoolean(),
                            o.path("step").asInt(0)));
                }
                checkAchievedMonotone(id, pointer, options);
                if (scales.put(id, new Scale(id, text(n, pointer, "name"), options)) != null) {
                    error(pointer, "scale " + id + " is declared twice");
                }
            }
            return scales;
        }

        /** A better answer must never lower a level: every achieved option is worth at least every other option. */
        private void checkAchievedMonotone(String scaleId, String pointer, List<ScaleOption> options) {
            double lowestAchieved = options.stream()
                    .filter(ScaleOption::achieved)
                    .mapToDouble(ScaleOption::value)
                    .min()
                    .orElse(Double.NaN);
            double highestNotAchieved = options.stream()
                    .filter(o -> !o.achieved())
                    .mapToDouble(ScaleOption::value)
                    .max()
                    .orElse(Double.NaN);
            if (Double.isNaN(lowestAchieved) || Double.isNaN(highestNotAchieved)) {
                error(pointer, "scale " + scaleId + " needs at least one achieved and one not achieved option");
            } else if (lowestAchieved < highestNotAchieved) {
                error(
                        pointer,
                        "in scale " + scaleId + " an achieved option has a lower value (" + lowestAchieved
                                + ") than an option that is not achieved (" + highestNotAchieved + ")");
            }
        }

        private String uniqueId(JsonNode node, String pointer) {
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

        private LocalizedText text(JsonNode parent, String pointer, String field) {
            return localized(parent.get(field), pointer + "/" + field, field);
        }

        private LocalizedText optionalText(JsonNode parent, String pointer, String field) {
            return parent.has(field) ? text(parent, pointer, field) : LocalizedText.EMPTY;
        }

        private LocalizedText localized(JsonNode node, String pointer, String field) {
            Map<String, String> texts = new LinkedHashMap<>();
            node.fields()
                    .forEachRemaining(e -> texts.put(e.getKey(), e.getValue().asText()));
            for (String language : languages) {
                if (!texts.containsKey(language)) {
                    if (draftLanguages.contains(language) && texts.containsKey(languages.get(0))) {
                        // a draft locale: the default text, marked as not translated yet
                        texts.put(language, fallbackMarker(languages.get(0)) + texts.get(languages.get(0)));
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
    }

    private static List<String> strings(JsonNode array) {
        List<String> values = new ArrayList<>();
        array.forEach(n -> values.add(n.asText()));
        return List.copyOf(values);
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
