package eu.resilience.assessment.questionnaire.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Goal;
import eu.resilience.assessment.questionnaire.LocalizedText;
import eu.resilience.assessment.questionnaire.MaturityLevel;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.References;
import eu.resilience.assessment.questionnaire.Scale;
import eu.resilience.assessment.questionnaire.ScoringMethod;
import eu.resilience.assessment.questionnaire.VisibilityCondition;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * The {@code domains} of a file with their goals and practices: each practice's level (cumulative) or none (averaged),
 * its scale, its visibility condition (CEL, on earlier practices only), evidence, recommendations and references.
 */
final class DomainSection {

    private static final Set<String> SIZE_CLASSES = Set.of("micro", "small", "medium", "large");

    /** What a practice is read against: the scoring method, the levels and scales the file declares. */
    record PracticeRules(
            ScoringMethod method, Map<String, MaturityLevel> levels, Map<String, Scale> scales, String defaultScale) {}

    /** Where a practice stands: its pointer in the file, its domain and goal. */
    record Place(String pointer, String domainId, String goalId) {}

    private final ParseContext context;
    private final FrameworkSection frameworks;
    private final PracticeRules rules;
    private final List<Practice> practices = new ArrayList<>();
    /** The practices read so far: the ones a visibility condition may name. */
    private final Set<String> earlier = new LinkedHashSet<>();

    private Set<String> all = Set.of();

    DomainSection(ParseContext context, FrameworkSection frameworks, PracticeRules rules) {
        this.context = context;
        this.frameworks = frameworks;
        this.rules = rules;
    }

    /** Every practice read, in questionnaire order (after {@link #read}). */
    List<Practice> practices() {
        return practices;
    }

    /** Reads the domains, goals and practices of {@code domains}. */
    List<Domain> read(JsonNode domainNodes) {
        Set<String> allPracticeIds = new HashSet<>();
        domainNodes.forEach(d -> d.get("goals").forEach(g -> g.get("practices")
                .forEach(p -> allPracticeIds.add(p.get("id").asText()))));
        all = allPracticeIds;
        List<Domain> domains = new ArrayList<>();
        for (int di = 0; di < domainNodes.size(); di++) {
            JsonNode dn = domainNodes.get(di);
            String dp = "/domains/" + di;
            String domainId = context.uniqueId(dn, dp);
            List<Goal> goals = new ArrayList<>();
            JsonNode goalNodes = dn.get("goals");
            for (int gi = 0; gi < goalNodes.size(); gi++) {
                goals.add(goal(goalNodes.get(gi), dp + "/goals/" + gi, domainId));
            }
            domains.add(new Domain(
                    domainId,
                    context.text(dn, dp, "title"),
                    context.optionalText(dn, dp, "description"),
                    List.copyOf(goals),
                    context.optionalText(dn, dp, "purpose")));
        }
        return domains;
    }

    private Goal goal(JsonNode gn, String gp, String domainId) {
        String goalId = context.uniqueId(gn, gp);
        List<Practice> goalPractices = new ArrayList<>();
        JsonNode practiceNodes = gn.get("practices");
        for (int pi = 0; pi < practiceNodes.size(); pi++) {
            Practice practice = practice(practiceNodes.get(pi), new Place(gp + "/practices/" + pi, domainId, goalId));
            if (practice != null) {
                goalPractices.add(practice);
                practices.add(practice);
                earlier.add(practice.id());
            }
        }
        return new Goal(
                goalId,
                context.text(gn, gp, "title"),
                context.optionalText(gn, gp, "description"),
                List.copyOf(goalPractices));
    }

    private Practice practice(JsonNode pn, Place place) {
        String pp = place.pointer();
        String id = context.uniqueId(pn, pp);
        MaturityLevel level = level(pn, pp);
        String scaleId = pn.path("scale").asText(rules.defaultScale());
        Scale scale = rules.scales().get(scaleId);
        if (scale == null && pn.has("scale")) {
            context.error(pp + "/scale", "scale '" + scaleId + "' is not declared in scales");
        }
        VisibilityCondition condition = condition(pn, pp);
        List<LocalizedText> evidence = new ArrayList<>();
        JsonNode evidenceNodes = pn.path("evidence");
        for (int i = 0; i < evidenceNodes.size(); i++) {
            evidence.add(context.localized(evidenceNodes.get(i), pp + "/evidence/" + i, "evidence"));
        }
        Map<String, LocalizedText> bySize = new TreeMap<>();
        pn.path("recommendation_by_size").fields().forEachRemaining(e -> {
            if (SIZE_CLASSES.contains(e.getKey())) {
                bySize.put(
                        e.getKey(),
                        context.localized(
                                e.getValue(),
                                pp + "/recommendation_by_size/" + e.getKey(),
                                "recommendation_by_size." + e.getKey()));
            }
        });
        References references = frameworks.references(pn.path("references"), pp + "/references");
        return new Practice(
                id,
                place.domainId(),
                place.goalId(),
                practices.size(),
                context.text(pn, pp, "text"),
                context.optionalText(pn, pp, "guidance"),
                level,
                pn.path("weight").asDouble(1.0),
                scale,
                pn.path("allow_na").asBoolean(false),
                List.copyOf(evidence),
                references,
                condition,
                context.optionalText(pn, pp, "recommendation"),
                Map.copyOf(bySize),
                context.optionalText(pn, pp, "title"));
    }

    /** A cumulative questionnaire's practice has one of its levels; an averaged one's has none. */
    private MaturityLevel level(JsonNode pn, String pp) {
        MaturityLevel level = null;
        if (pn.has("level")) {
            String levelId = pn.get("level").asText();
            level = rules.levels().get(levelId);
            if (rules.method() == ScoringMethod.AVERAGED) {
                context.error(
                        pp + "/level",
                        "a practice of an averaged questionnaire has no level; remove 'level: " + levelId + "'");
            } else if (level == null) {
                context.error(pp + "/level", "level '" + levelId + "' is not one of scoring.levels");
            }
        } else if (rules.method() == ScoringMethod.CUMULATIVE) {
            context.error(pp, "practice has no level; every practice of a cumulative questionnaire needs one");
        }
        return level;
    }

    /** The practice's {@code visible_when}, compiled; its problems are errors of the file. */
    private VisibilityCondition condition(JsonNode pn, String pp) {
        if (!pn.has("visible_when")) {
            return null;
        }
        CelConditions.Compiled compiled =
                CelConditions.compile(pn.get("visible_when").asText(), earlier, all);
        compiled.problems().forEach(problem -> context.error(pp + "/visible_when", problem));
        return compiled.condition();
    }
}
