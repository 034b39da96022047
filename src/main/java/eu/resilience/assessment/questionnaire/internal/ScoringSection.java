package eu.resilience.assessment.questionnaire.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.resilience.assessment.questionnaire.Band;
import eu.resilience.assessment.questionnaire.MaturityLevel;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.ScoringMethod;
import eu.resilience.assessment.questionnaire.ScoringRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The {@code scoring} section of a file: maturity levels (ranks contiguous from 1, each used by a practice), level 0,
 * the rules of the scoring method (options of the other method refused), bands.
 */
final class ScoringSection {

    private final ParseContext context;

    ScoringSection(ParseContext context) {
        this.context = context;
    }

    List<MaturityLevel> levels(JsonNode nodes) {
        List<MaturityLevel> levels = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            String pointer = "/scoring/levels/" + i;
            if (!seen.add(n.get("id").asText())) {
                context.error(pointer, "level id " + n.get("id").asText() + " is declared twice");
            }
            levels.add(new MaturityLevel(
                    n.get("id").asText(),
                    n.get("rank").asInt(),
                    context.text(n, pointer, "name"),
                    context.optionalText(n, pointer, "description")));
        }
        levels.sort(Comparator.comparingInt(MaturityLevel::rank));
        for (int i = 0; i < levels.size(); i++) {
            if (levels.get(i).rank() != i + 1) {
                context.error(
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

    MaturityLevel levelZero(JsonNode scoring, ScoringMethod method, List<MaturityLevel> levels) {
        JsonNode n = scoring.path("level_zero");
        if (n.isMissingNode()) {
            return null;
        }
        if (method != ScoringMethod.CUMULATIVE) {
            context.error(
                    "/scoring/level_zero",
                    "scoring.level_zero names level 0 of cumulative levels; an averaged"
                            + " questionnaire has bands: remove it");
            return null;
        }
        String id = n.get("id").asText();
        if (levels.stream().anyMatch(l -> l.id().equals(id))) {
            context.error("/scoring/level_zero/id", "scoring.level_zero.id '" + id + "' is also the id of a level");
        }
        return new MaturityLevel(
                id,
                0,
                context.text(n, "/scoring/level_zero", "name"),
                context.optionalText(n, "/scoring/level_zero", "description"));
    }

    ScoringRules rules(JsonNode scoring, ScoringMethod method) {
        boolean cumulative = method == ScoringMethod.CUMULATIVE;
        for (String field : cumulative ? List.of("overall", "band_decimals") : List.of("all_na_level_reached")) {
            if (scoring.has(field)) {
                context.error(
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

    List<Band> bands(JsonNode nodes) {
        List<Band> bands = new ArrayList<>();
        for (int i = 0; i < nodes.size(); i++) {
            JsonNode n = nodes.get(i);
            String pointer = "/scoring/bands/" + i;
            Band band = new Band(
                    n.get("id").asText(),
                    n.get("from").asDouble(),
                    context.text(n, pointer, "name"),
                    context.optionalText(n, pointer, "description"));
            if (!bands.isEmpty() && band.from() <= bands.get(bands.size() - 1).from()) {
                context.error(pointer, "band " + band.id() + " must start above the band before it");
            }
            bands.add(band);
        }
        return List.copyOf(bands);
    }

    void checkEveryLevelUsed(List<MaturityLevel> levels, List<Practice> practices) {
        Set<Integer> used = practices.stream().map(Practice::levelRank).collect(Collectors.toSet());
        for (int i = 0; i < levels.size(); i++) {
            if (!used.contains(levels.get(i).rank())) {
                context.error(
                        "/scoring/levels/" + i,
                        "level " + levels.get(i).id() + " has no practice: levels must be contiguous");
            }
        }
    }
}
