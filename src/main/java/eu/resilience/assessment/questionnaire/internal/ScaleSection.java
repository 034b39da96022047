package eu.resilience.assessment.questionnaire.internal;

import com.fasterxml.jackson.databind.JsonNode;
import eu.resilience.assessment.questionnaire.Scale;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.questionnaire.ScoringMethod;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The {@code scales} of a file: unique options ('na' reserved), a step on every option of an averaged questionnaire,
 * and achieved options worth at least every option that is not.
 */
final class ScaleSection {

    private final ParseContext context;

    ScaleSection(ParseContext context) {
        this.context = context;
    }

    Map<String, Scale> scales(JsonNode nodes, ScoringMethod method) {
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
                    context.error(op, "option id 'na' is reserved for 'not applicable'");
                }
                if (!optionIds.add(optionId)) {
                    context.error(op, "option " + optionId + " is declared twice in scale " + id);
                }
                if (method == ScoringMethod.AVERAGED && !o.has("step")) {
                    context.error(
                            op,
                            "option " + optionId
                                    + " has no step; an averaged questionnaire needs a step on every option");
                }
                options.add(new ScaleOption(
                        optionId,
                        context.text(o, op, "label"),
                        context.optionalText(o, op, "description"),
                        o.get("value").asDouble(),
                        o.get("achieved").asBoolean(),
                        o.path("step").asInt(0)));
            }
            checkAchievedMonotone(id, pointer, options);
            if (scales.put(id, new Scale(id, context.text(n, pointer, "name"), options)) != null) {
                context.error(pointer, "scale " + id + " is declared twice");
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
            context.error(pointer, "scale " + scaleId + " needs at least one achieved and one not achieved option");
        } else if (lowestAchieved < highestNotAchieved) {
            context.error(
                    pointer,
                    "in scale " + scaleId + " an achieved option has a lower value (" + lowestAchieved
                            + ") than an option that is not achieved (" + highestNotAchieved + ")");
        }
    }
}
