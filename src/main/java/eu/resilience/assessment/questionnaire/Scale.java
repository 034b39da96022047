package eu.resilience.assessment.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/** An answer scale declared once in a questionnaire and reused by its practices. */
public record Scale(String id, LocalizedText name, List<ScaleOption> options, Map<String, ScaleOption> optionsById) {

    public Scale(String id, LocalizedText name, List<ScaleOption> options) {
        this(
                id,
                name,
                List.copyOf(options),
                options.stream()
                        .collect(Collectors.toUnmodifiableMap(ScaleOption::id, Function.identity(), (a, b) -> a)));
    }

    public Optional<ScaleOption> option(String optionId) {
        return Optional.ofNullable(optionsById.get(optionId));
    }
}
