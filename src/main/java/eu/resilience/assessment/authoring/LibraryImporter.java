package eu.resilience.assessment.authoring;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.error.MarkedYAMLException;
import org.yaml.snakeyaml.error.YAMLException;

/**
 * Maps an open framework library (the YAML library format of CISO Assistant: {@code objects.framework} with its
 * {@code requirement_nodes}, {@code implementation_groups_definition}, {@code scores_definition} and
 * {@code translations}) onto the tree of a questionnaire file. What maps is mapped (see the rules in
 * questionnaires/README.md, "Importing a framework library"); what does not is reported as a note, with its node and
 * field; what makes a questionnaire impossible is a blocking problem.
 */
final class LibraryImporter {

    static final int MAX_BYTES = 10 * 1024 * 1024;

    private static final Pattern CODE = Pattern.compile("^[A-Z][A-Z0-9]*([.-][A-Za-z0-9]+)*$");
    private static final Pattern LOCALE = Pattern.compile("^[a-z]{2}$");
    private static final Set<String> LIBRARY_FIELDS =
            Set.of("urn", "locale", "ref_id", "name", "description", "version", "provider", "translations", "objects");
    private static final Set<String> FRAMEWORK_FIELDS = Set.of(
            "urn",
            "ref_id",
            "name",
            "description",
            "translations",
            "min_score",
            "max_score",
            "scores_definition",
            "implementation_groups_definition",
            "requirement_nodes");
    private static final Set<String> NODE_FIELDS = Set.of(
            "urn",
            "parent_urn",
            "depth",
            "assessable",
            "ref_id",
            "name",
            "description",
            "annotation",
            "typical_evidence",
            "implementation_groups",
            "translations",
            "weight");

    /** The mapped tree, the urn of every element id (to place the loader's findings), and the problems and notes. */
    record Mapped(Map<String, Object> tree, Map<String, String> nodes, List<Problem> problems) {}

    /** A requirement node, with its children in library order. */
    private record Node(Map<String, Object> yaml, String urn, String label, boolean assessable, List<Node> children) {}

    private final List<Problem> problems = new ArrayList<>();
    private final Map<String, String> nodes = new HashMap<>();
    private final Set<String> ids = new HashSet<>();
    private final List<Map<String, String>> texts = new ArrayList<>();
    private final List<Map<String, String>> builtIns = new ArrayList<>();
    private final Set<String> translatedLocales = new LinkedHashSet<>();
    private String locale;

    private LibraryImporter() {}

    static Mapped map(byte[] file) {
        return new LibraryImporter().mapAll(file);
    }

    private Mapped mapAll(byte[] file) {
        if (file == null || file.length == 0) {
            return refused(Problem.inNode("", "", "authoring.library.empty"));
        }
        if (file.length > MAX_BYTES) {
            return refused(Problem.inNode("", "", "authoring.library.too-big", MAX_BYTES / (1024 * 1024)));
        }
        Object parsed;
        try {
            LoaderOptions options = new LoaderOptions();
            options.setAllowDuplicateKeys(false);
            options.setMaxAliasesForCollections(10);
            options.setCodePointLimit(MAX_BYTES);
            parsed = new Yaml(new SafeConstructor(options)).load(new String(file, StandardCharsets.UTF_8));
        } catch (MarkedYAMLException e) {
            int line = e.getProblemMark() == null ? 0 : e.getProblemMark().getLine() + 1;
            return refused(Problem.inNode("", "", "authoring.library.yaml", line, e.getProblem()));
        } catch (YAMLException e) {
            return refused(Problem.inNode("", "", "authoring.library.yaml", 0, e.getMessage()));
        }
        if (!(parsed instanceof Map<?, ?> rootMap) || !(get(rootMap, "objects") instanceof Map<?, ?> objects)) {
            return refused(Problem.inNode("library", "objects", "authoring.library.not-library"));
        }
        if (!(get(objects, "framework") instanceof Map<?, ?> framework)) {
            return refused(Problem.inNode("library", "objects.framework", "authoring.library.no-framework"));
        }
        Map<String, Object> root = cast(rootMap);
        Map<String, Object> fw = cast(framework);
        for (String key : root.keySet()) {
            if (!LIBRARY_FIELDS.contains(key)) {
                note("library", key, "authoring.library.field-not-mapped", key);
            }
        }
        for (Object key : objects.keySet()) {
            if (!"framework".equals(key)) {
                note("library", "objects." + key, "authoring.library.object-not-mapped", key);
            }
        }
        for (String key : fw.keySet()) {
            if (!FRAMEWORK_FIELDS.contains(key)) {
                note(label(fw, "framework"), key, "authoring.library.field-not-mapped", key);
            }
        }
        String rawLocale = str(root.get("locale"));
        locale = rawLocale == null ? "en" : rawLocale.toLowerCase(Locale.ROOT);
        if (locale.length() > 2 && (locale.charAt(2) == '-' || locale.charAt(2) == '_')) {
            locale = locale.substring(0, 2);
        }
        if (!LOCALE.matcher(locale).matches()) {
            return refused(Problem.inNode("library", "locale", "authoring.library.locale", rawLocale));
        }

        Map<String, Object> tree = new LinkedHashMap<>();
        tree.put("format", 1);
        String slugSource = firstOf(str(fw.get("ref_id")), lastSegment(str(fw.get("urn"))), str(root.get("ref_id")));
        String id = slug(slugSource);
        if (id.isEmpty()) {
            return refused(Problem.inNode(label(fw, "framework"), "ref_id", "authoring.library.no-id"));
        }
        tree.put("id", id);
        String version = str(root.get("version"));
        if (version == null || !version.matches("^[0-9]+(\\.[0-9]+){0,2}$")) {
            note("library", "version", "authoring.library.version", version == null ? "" : version);
            version = "1";
        }
        tree.put("version", version);
        tree.put("status", "draft");
        tree.put("locales", new ArrayList<String>());
        String provider = str(root.get("provider"));
        if (provider != null) {
            tree.put("publisher", provider);
        }
        Map<String, String> title = text(fw, "name");
        if (title == null) {
            return refused(Problem.inNode(label(fw, "framework"), "name", "authoring.library.no-name"));
        }
        tree.put("title", title);
        Map<String, String> description = text(fw, "description");
        if (description == null) {
            description = text(root, "description");
        }
        tree.put("description", description != null ? description : copy(title));

        List<Node> top = tree(fw);
        if (problems.stream().anyMatch(Problem::blocking)) {
            return new Mapped(Map.of(), Map.of(), List.copyOf(problems));
        }
        Scoring scoring = scoring(fw);
        Map<String, Object> scoringTree = new LinkedHashMap<>();
        scoringTree.put("method", scoring.averaged ? "averaged" : "cumulative");
        tree.put("scoring", scoringTree);
        tree.put("default_scale", scoring.scale.get("id"));
        tree.put("scales", List.of(scoring.scale));
        List<Map<String, Object>> domains = domains(top, scoring, title);
        tree.put("domains", domains);
        if (scoring.averaged) {
            scoringTree.put("bands", scoring.bands);
        } else {
            scoringTree.put("levels", usedLevels(scoring, domains));
        }
        if (domains.isEmpty()) {
            problems.add(Problem.inNode(label(fw, "framework"), "requirement_nodes", "authoring.library.no-practice"));
        }
        settleLocales(tree);
        return new Mapped(tree, Map.copyOf(nodes), List.copyOf(problems));
    }

    // ---- the requirement tree

    private List<Node> tree(Map<String, Object> framework) {
        Object list = framework.get("requirement_nodes");
        if (!(list instanceof List<?> items) || items.isEmpty()) {
            problems.add(
                    Problem.inNode(label(framework, "framework"), "requirement_nodes", "authoring.library.no-nodes"));
            return List.of();
        }
        Map<String, Node> byUrn = new HashMap<>();
        Map<String, Integer> depths = new HashMap<>();
        List<Node> top = new ArrayList<>();
        for (int i = 0; i < items.size(); i++) {
            if (!(items.get(i) instanceof Map<?, ?> map)) {
                problems.add(Problem.inNode("#" + (i + 1), "", "authoring.library.node.not-mapping"));
                continue;
            }
            Map<String, Object> yaml = cast(map);
            String urn = str(yaml.get("urn"));
            if (urn == null) {
                problems.add(Problem.inNode("#" + (i + 1), "urn", "authoring.library.node.no-urn"));
                continue;
            }
            if (byUrn.containsKey(urn)) {
                problems.add(Problem.inNode(urn, "urn", "authoring.library.node.twice"));
                continue;
            }
            Object assessable = yaml.get("assessable");
            Node node = new Node(yaml, urn, urn, Boolean.TRUE.equals(assessable), new ArrayList<>());
            for (String key : yaml.keySet()) {
                if (!NODE_FIELDS.contains(key)) {
                    note(urn, key, "authoring.library.node-field-not-mapped", key);
                }
            }
            String parentUrn = str(yaml.get("parent_urn"));
            int depth;
            if (parentUrn == null) {
                top.add(node);
                depth = 1;
            } else {
                Node parent = byUrn.get(parentUrn);
                if (parent == null) {
                    problems.add(Problem.inNode(urn, "parent_urn", "authoring.library.node.parent", parentUrn));
                    continue;
                }
                parent.children().add(node);
                depth = depths.get(parentUrn) + 1;
            }
            Object declared = yaml.get("depth");
            if (declared instanceof Number number && number.intValue() != depth) {
                note(urn, "depth", "authoring.library.node.depth", number.intValue(), depth);
            }
            byUrn.put(urn, node);
            depths.put(urn, depth);
        }
        return top;
    }

    private List<Map<String, Object>> domains(List<Node> top, Scoring scoring, Map<String, String> frameworkTitle) {
        List<Map<String, Object>> domains = new ArrayList<>();
        List<Node> loose = new ArrayList<>();
        for (Node node : top) {
            if (node.assessable() && node.children().isEmpty()) {
                loose.add(node);
                continue;
            }
            Map<String, Object> domain = heading(node, "D");
            if (domain == null) {
                continue;
            }
            List<Object> goals = new ArrayList<>();
            Map<String, Object> direct = null;
            List<Node> directPractices = new ArrayList<>();
            if (node.assessable()) {
                directPractices.add(node);
            }
            for (Node child : node.children()) {
                if (child.assessable()) {
                    if (direct == null) {
                        direct = syntheticGoal(domain, node);
                        goals.add(direct);
                    }
                    directPractices.add(child);
                    addDescendants(child, directPractices, child);
                } else {
                    Map<String, Object> goal = heading(child, "G");
                    if (goal == null) {
                        continue;
                    }
                    List<Node> practices = new ArrayList<>();
                    addDescendants(child, practices, child);
                    addPractices(goal, practices, scoring);
                    if (goal.containsKey("practices")) {
                        goals.add(goal);
                    } else {
                        note(child.urn(), "", "authoring.library.empty-heading");
                    }
                }
            }
            if (direct != null) {
                addPractices(direct, directPractices, scoring);
                if (!direct.containsKey("practices")) {
                    goals.remove(direct);
                }
            }
            if (goals.isEmpty()) {
                note(node.urn(), "", "authoring.library.empty-heading");
                continue;
            }
            domain.put("goals", goals);
            domains.add(domain);
        }
        if (!loose.isEmpty()) {
            note(loose.get(0).urn(), "parent_urn", "authoring.library.loose-practices", loose.size());
            Map<String, Object> domain = new LinkedHashMap<>();
            domain.put("id", uniqueId("GENERAL", "D", loose.get(0)));
            domain.put("title", copy(frameworkTitle));
            Map<String, Object> goal = new LinkedHashMap<>();
            goal.put("id", uniqueId(domain.get("id") + ".0", "G", loose.get(0)));
            goal.put("title", copy(frameworkTitle));
            List<Node> practices = new ArrayList<>();
            for (Node node : loose) {
                practices.add(node);
            }
            addPractices(goal, practices, scoring);
            if (goal.containsKey("practices")) {
                domain.put("goals", new ArrayList<>(List.of(goal)));
                domains.add(domain);
            }
        }
        return domains;
    }

    /** The assessable nodes below a node, depth first; deeper headings are flattened into the goal (noted). */
    private void addDescendants(Node node, List<Node> into, Node goal) {
        for (Node child : node.children()) {
            if (child.assessable()) {
                into.add(child);
            } else {
                note(child.urn(), "", "authoring.library.heading-flattened", goal.urn());
            }
            addDescendants(child, into, goal);
        }
    }

    private Map<String, Object> syntheticGoal(Map<String, Object> domain, Node node) {
        note(node.urn(), "", "authoring.library.synthetic-goal");
        Map<String, Object> goal = new LinkedHashMap<>();
        goal.put("id", uniqueId(domain.get("id") + ".0", "G", node));
        @SuppressWarnings("unchecked")
        Map<String, String> title = (Map<String, String>) domain.get("title");
        goal.put("title", copy(title));
        return goal;
    }

    /** A domain or goal from a heading node: id from its ref_id, title from its name (or description or ref_id). */
    private Map<String, Object> heading(Node node, String prefix) {
        Map<String, Object> heading = new LinkedHashMap<>();
        heading.put("id", uniqueId(firstOf(str(node.yaml().get("ref_id")), lastSegment(node.urn())), prefix, node));
        Map<String, String> name = text(node.yaml(), "name");
        Map<String, String> description = text(node.yaml(), "description");
        if (name != null) {
            heading.put("title", name);
            if (description != null) {
                heading.put("description", description);
            }
        } else if (description != null) {
            heading.put("title", description);
        } else {
            heading.put("title", plain(String.valueOf(heading.get("id"))));
        }
        return heading;
    }

    private void addPractices(Map<String, Object> goal, List<Node> nodes, Scoring scoring) {
        for (Node node : nodes) {
            Map<String, Object> practice = practice(node, scoring);
            if (practice != null) {
                TemplateReader.list(goal, "practices").add(practice);
            }
        }
    }

    private Map<String, Object> practice(Node node, Scoring scoring) {
        Map<String, Object> yaml = node.yaml();
        Map<String, String> name = text(yaml, "name");
        Map<String, String> description = text(yaml, "description");
        Map<String, String> text;
        if (name != null && description != null) {
            text = joined(name, description);
        } else {
            text = name != null ? name : description;
        }
        if (text == null) {
            note(node.urn(), "description", "authoring.library.no-text");
            return null;
        }
        Map<String, Object> practice = new LinkedHashMap<>();
        practice.put("id", uniqueId(firstOf(str(yaml.get("ref_id")), lastSegment(node.urn())), "P", node));
        if (!scoring.averaged) {
            practice.put("level", scoring.levelOf(node, this));
        }
        if (yaml.get("weight") instanceof Number weight) {
            if (weight.doubleValue() > 0 && weight.doubleValue() <= 100) {
                practice.put("weight", weight.doubleValue());
            } else {
                note(node.urn(), "weight", "authoring.library.weight", weight);
            }
        }
        practice.put("allow_na", true);
        practice.put("text", text);
        Map<String, String> annotation = text(yaml, "annotation");
        if (annotation != null) {
            practice.put("guidance", annotation);
        }
        Map<String, String> evidence = text(yaml, "typical_evidence");
        if (evidence != null) {
            practice.put("evidence", new ArrayList<>(List.of(evidence)));
        }
        return practice;
    }

    // ---- scoring: levels from implementation groups, the scale from the scores

    private final class Scoring {
        boolean averaged;
        final List<Map<String, Object>> levels = new ArrayList<>();
        final Map<String, String> levelByGroup = new HashMap<>();
        final List<Map<String, Object>> bands = new ArrayList<>();
        Map<String, Object> scale;
        boolean noGroupNoted;

        String levelOf(Node node, LibraryImporter importer) {
            if (levels.size() == 1 && levelByGroup.isEmpty()) {
                return (String) levels.get(0).get("id");
            }
            Object groups = node.yaml().get("implementation_groups");
            List<String> refs = new ArrayList<>();
            if (groups instanceof List<?> list) {
                list.forEach(g -> refs.add(String.valueOf(g)));
            } else if (groups != null) {
                for (String part : String.valueOf(groups).split(",")) {
                    refs.add(part.trim());
                }
            }
            int best = Integer.MAX_VALUE;
            for (String ref : refs) {
                String level = levelByGroup.get(ref);
                if (level == null) {
                    importer.note(node.urn(), "implementation_groups", "authoring.library.group-unknown", ref);
                } else {
                    best = Math.min(best, rankOf(level));
                }
            }
            if (best == Integer.MAX_VALUE) {
                if (!noGroupNoted) {
                    importer.note(
                            node.urn(),
                            "implementation_groups",
                            "authoring.library.no-group",
                            levels.get(0).get("id"));
                    noGroupNoted = true;
                }
                best = 1;
            }
            return (String) levels.get(best - 1).get("id");
        }

        int rankOf(String levelId) {
            for (Map<String, Object> level : levels) {
                if (level.get("id").equals(levelId)) {
                    return (Integer) level.get("rank");
                }
            }
            return 1;
        }
    }

    private Scoring scoring(Map<String, Object> framework) {
        Scoring scoring = new Scoring();
        String fwLabel = label(framework, "framework");
        List<Map<String, Object>> scores = new ArrayList<>();
        if (framework.get("scores_definition") instanceof List<?> list) {
            for (Object item : list) {
                if (item instanceof Map<?, ?> map && get(map, "score") instanceof Number) {
                    scores.add(cast(map));
                } else {
                    note(fwLabel, "scores_definition", "authoring.library.score-ignored", item);
                }
            }
            scores.sort((a, b) ->
                    Double.compare(((Number) a.get("score")).doubleValue(), ((Number) b.get("score")).doubleValue()));
        }
        List<Map<String, Object>> groups = new ArrayList<>();
        if (framework.get("implementation_groups_definition") instanceof List<?> list) {
            list.forEach(item -> {
                if (item instanceof Map<?, ?> map && str(get(map, "ref_id")) != null) {
                    groups.add(cast(map));
                }
            });
        }
        boolean stepsFit = scores.size() >= 2
                && scores.stream().allMatch(s -> {
                    double score = ((Number) s.get("score")).doubleValue();
                    return score == Math.rint(score) && score >= 0 && score <= 10;
                });
        if (!groups.isEmpty()) {
            note(fwLabel, "implementation_groups_definition", "authoring.library.groups-as-levels", groups.size());
            for (Map<String, Object> group : groups) {
                String ref = str(group.get("ref_id"));
                Map<String, Object> level = new LinkedHashMap<>();
                String levelId = code(ref, "L");
                level.put("id", levelId);
                level.put("rank", scoring.levels.size() + 1);
                Map<String, String> name = text(group, "name");
                level.put("name", name != null ? name : plain(ref));
                Map<String, String> description = text(group, "description");
                if (description != null) {
                    level.put("description", description);
                }
                scoring.levels.add(level);
                scoring.levelByGroup.put(ref, levelId);
            }
        } else if (stepsFit) {
            scoring.averaged = true;
            note(fwLabel, "scores_definition", "authoring.library.scores-as-bands", scores.size());
        } else {
            note(fwLabel, "implementation_groups_definition", "authoring.library.one-level");
            Map<String, Object> level = new LinkedHashMap<>();
            level.put("id", "L1");
            level.put("rank", 1);
            level.put("name", builtIn("Implemented", "Mis en œuvre", "Umgesetzt"));
            scoring.levels.add(level);
        }
        if (scores.size() >= 2) {
            double min =
                    number(framework.get("min_score"), ((Number) scores.get(0).get("score")).doubleValue());
            double max = number(
                    framework.get("max_score"),
                    ((Number) scores.get(scores.size() - 1).get("score")).doubleValue());
            if (max <= min) {
                min = ((Number) scores.get(0).get("score")).doubleValue();
                max = ((Number) scores.get(scores.size() - 1).get("score")).doubleValue();
            }
            List<Map<String, Object>> options = new ArrayList<>();
            // the higher scores first, as a scale lists its options
            for (int i = scores.size() - 1; i >= 0; i--) {
                Map<String, Object> score = scores.get(i);
                double value = ((Number) score.get("score")).doubleValue();
                Map<String, Object> option = new LinkedHashMap<>();
                String scoreId = "score-" + slug(number(value));
                option.put("id", scoreId);
                Map<String, String> name = text(score, "name");
                option.put("label", name != null ? name : plain(number(value)));
                Map<String, String> description = text(score, "description");
                if (description != null) {
                    option.put("description", description);
                }
                double share = Math.max(0, Math.min(1, (value - min) / (max - min)));
                option.put("value", Math.round(share * 10_000) / 10_000.0);
                option.put("achieved", share >= 0.5);
                if (scoring.averaged) {
                    option.put("step", (int) value);
                }
                options.add(option);
            }
            if (!scoring.averaged) {
                note(fwLabel, "scores_definition", "authoring.library.achieved-upper-half");
            }
            scoring.scale = scale("scores", builtIn("Scores", "Scores", "Bewertungen"), options);
            if (scoring.averaged) {
                for (Map<String, Object> score : scores) {
                    Map<String, Object> band = new LinkedHashMap<>();
                    double value = ((Number) score.get("score")).doubleValue();
                    band.put("id", "score-" + slug(number(value)));
                    band.put("from", value);
                    Map<String, String> name = text(score, "name");
                    band.put("name", name != null ? name : plain(number(value)));
                    scoring.bands.add(band);
                }
            }
        } else {
            if (!scores.isEmpty()) {
                note(fwLabel, "scores_definition", "authoring.library.score-ignored", scores.size());
            }
            scoring.scale = scale(
                    "compliance",
                    builtIn("Compliance", "Conformité", "Konformität"),
                    List.of(
                            option("compliant", builtIn("Compliant", "Conforme", "Konform"), 1.0, true),
                            option(
                                    "partially-compliant",
                                    builtIn("Partially compliant", "Partiellement conforme", "Teilweise konform"),
                                    0.5,
                                    false),
                            option(
                                    "non-compliant",
                                    builtIn("Non-compliant", "Non conforme", "Nicht konform"),
                                    0.0,
                                    false)));
        }
        return scoring;
    }

    /** The levels that practices use, ranked again from 1; a level no practice uses is left out (noted). */
    private List<Map<String, Object>> usedLevels(Scoring scoring, List<Map<String, Object>> domains) {
        Set<Object> used = new HashSet<>();
        for (Map<String, Object> domain : domains) {
            for (Object goal : (List<?>) domain.get("goals")) {
                for (Object practice : (List<?>) ((Map<?, ?>) goal).get("practices")) {
                    used.add(((Map<?, ?>) practice).get("level"));
                }
            }
        }
        List<Map<String, Object>> levels = new ArrayList<>();
        for (Map<String, Object> level : scoring.levels) {
            if (used.contains(level.get("id"))) {
                level.put("rank", levels.size() + 1);
                levels.add(level);
            } else {
                note(
                        "framework",
                        "implementation_groups_definition",
                        "authoring.library.level-unused",
                        level.get("id"));
            }
        }
        return levels;
    }

    private static Map<String, Object> scale(String id, Map<String, String> name, List<Map<String, Object>> options) {
        Map<String, Object> scale = new LinkedHashMap<>();
        scale.put("id", id);
        scale.put("name", name);
        scale.put("options", options);
        return scale;
    }

    private static Map<String, Object> option(String id, Map<String, String> label, double value, boolean achieved) {
        Map<String, Object> option = new LinkedHashMap<>();
        option.put("id", id);
        option.put("label", label);
        option.put("value", value);
        option.put("achieved", achieved);
        return option;
    }

    // ---- texts and translations

    /**
     * A field's text in the library's locale and in each translation ({@code translations: {fr: {name: ...}}}), or
     * null when the node has none. Every text is remembered, so that a locale missing anywhere can be left out.
     */
    private Map<String, String> text(Map<String, Object> yaml, String field) {
        String base = str(yaml.get(field));
        if (base == null) {
            return null;
        }
        Map<String, String> text = new LinkedHashMap<>();
        text.put(locale, base);
        if (yaml.get("translations") instanceof Map<?, ?> translations) {
            translations.forEach((language, fields) -> {
                String code = String.valueOf(language).toLowerCase(Locale.ROOT);
                if (LOCALE.matcher(code).matches() && fields instanceof Map<?, ?> map) {
                    translatedLocales.add(code);
                    String translated = str(get(map, field));
                    if (translated != null && !code.equals(locale)) {
                        text.put(code, translated);
                    }
                }
            });
        }
        texts.add(text);
        return text;
    }

    private Map<String, String> joined(Map<String, String> name, Map<String, String> description) {
        Map<String, String> text = new LinkedHashMap<>();
        name.forEach((language, value) -> {
            String rest = description.get(language);
            if (rest != null) {
                text.put(language, value + ": " + rest);
            }
        });
        texts.add(text);
        return text;
    }

    private Map<String, String> plain(String value) {
        Map<String, String> text = new LinkedHashMap<>();
        text.put(locale, value);
        texts.add(text);
        return text;
    }

    private Map<String, String> copy(Map<String, String> source) {
        Map<String, String> text = new LinkedHashMap<>(source);
        texts.add(text);
        return text;
    }

    /** A text of the importer itself (scale, level), in English, French and German, else in English. */
    private Map<String, String> builtIn(String en, String fr, String de) {
        Map<String, String> all = Map.of("en", en, "fr", fr, "de", de);
        Map<String, String> text = new LinkedHashMap<>();
        text.put(locale, all.getOrDefault(locale, en));
        for (String language : all.keySet()) {
            if (!language.equals(locale)) {
                text.put(language, all.get(language));
            }
        }
        builtIns.add(text);
        return text;
    }

    /**
     * The questionnaire's locales: the library's, then each translated locale that every text has; a locale some texts
     * lack is left out (noted with their number), since a questionnaire gives every text in every locale.
     */
    private void settleLocales(Map<String, Object> tree) {
        List<String> locales = new ArrayList<>(List.of(locale));
        Map<String, Integer> missing = new TreeMap<>();
        for (String language : translatedLocales) {
            if (language.equals(locale)) {
                continue;
            }
            long lacking = texts.stream().filter(t -> !t.containsKey(language)).count();
            if (lacking == 0) {
                locales.add(language);
            } else {
                missing.put(language, (int) lacking);
            }
        }
        missing.forEach((language, count) ->
                note("library", "translations", "authoring.library.locale-incomplete", language, count));
        tree.put("locales", locales);
        for (Map<String, String> text : builtIns) {
            String english = text.getOrDefault("en", text.get(locale));
            locales.forEach(language -> text.putIfAbsent(language, english));
        }
        prune(tree, Set.copyOf(locales));
    }

    /** Keeps only the questionnaire's locales in every text of the tree (including the importer's own texts). */
    @SuppressWarnings("unchecked")
    private static void prune(Object node, Set<String> locales) {
        if (node instanceof Map<?, ?> map) {
            boolean isText = !map.isEmpty()
                    && map.keySet().stream()
                            .allMatch(k -> LOCALE.matcher(String.valueOf(k)).matches())
                    && map.values().stream().allMatch(v -> v instanceof String);
            if (isText) {
                map.keySet().removeIf(k -> !locales.contains(k));
                return;
            }
            ((Map<String, Object>) map).values().forEach(v -> prune(v, locales));
        } else if (node instanceof List<?> list) {
            list.forEach(v -> prune(v, locales));
        }
    }

    // ---- ids

    /** A unique element id in the format's form ({@code GV.OC-01}), from a ref_id; a changed one is noted. */
    private String uniqueId(String raw, String prefix, Node node) {
        String id = code(raw, prefix);
        String unique = id;
        for (int n = 2; !ids.add(unique); n++) {
            unique = id + "-" + n;
        }
        if (!unique.equals(raw)) {
            note(node.urn(), "ref_id", "authoring.library.id-changed", raw == null ? "" : raw, unique);
        }
        nodes.putIfAbsent(unique, node.urn());
        return unique;
    }

    static String code(String raw, String prefix) {
        String id = raw == null ? "" : raw.trim().replaceAll("[^A-Za-z0-9.-]+", "-");
        id = id.replaceAll("([.-])[.-]+", "$1").replaceAll("^[.-]+|[.-]+$", "");
        int end = 0;
        while (end < id.length() && id.charAt(end) != '.' && id.charAt(end) != '-') {
            end++;
        }
        id = id.substring(0, end).toUpperCase(Locale.ROOT) + id.substring(end);
        if (id.isEmpty() || !Character.isLetter(id.charAt(0))) {
            id = prefix + id;
        }
        if (id.length() > 28) {
            id = id.substring(0, 28).replaceAll("[.-]+$", "");
        }
        return CODE.matcher(id).matches() ? id : prefix + Math.abs(id.hashCode() % 100_000);
    }

    static String slug(String raw) {
        if (raw == null) {
            return "";
        }
        String slug = raw.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "-").replaceAll("^-+|-+$", "");
        return slug.length() > 64 ? slug.substring(0, 64).replaceAll("-+$", "") : slug;
    }

    // ---- small helpers

    private void note(String node, String field, String key, Object... arguments) {
        problems.add(Problem.noteOnNode(node, field, key, arguments));
    }

    private Mapped refused(Problem problem) {
        problems.add(problem);
        return new Mapped(Map.of(), Map.of(), List.copyOf(problems));
    }

    private static String label(Map<String, Object> yaml, String fallback) {
        return firstOf(str(yaml.get("urn")), str(yaml.get("ref_id")), fallback);
    }

    private static String firstOf(String... values) {
        for (String value : values) {
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }

    private static String lastSegment(String urn) {
        if (urn == null) {
            return null;
        }
        int colon = urn.lastIndexOf(':');
        return colon < 0 ? urn : urn.substring(colon + 1);
    }

    private static String str(Object value) {
        if (value == null) {
            return null;
        }
        String text = String.valueOf(value).strip();
        return text.isEmpty() ? null : text;
    }

    private static double number(Object value, double fallback) {
        return value instanceof Number number ? number.doubleValue() : fallback;
    }

    private static String number(double value) {
        return value == Math.rint(value) ? String.valueOf((long) value) : String.valueOf(value);
    }

    private static Object get(Map<?, ?> map, String key) {
        return map.get(key);
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Object> cast(Map<?, ?> map) {
        Map<String, Object> copy = new LinkedHashMap<>();
        map.forEach((k, v) -> copy.put(String.valueOf(k), v));
        return copy;
    }
}
