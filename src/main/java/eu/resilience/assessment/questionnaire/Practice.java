package eu.resilience.assessment.questionnaire;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A practice (question) of a questionnaire.
 *
 * @param level the maturity level it belongs to (cumulative method), or null
 * @param visibleWhen the visibility condition, or null when always shown
 * @param recommendationBySize recommendations that replace the general one for a size class
 * @param title a short title beside the full text (e.g. C2M2's practice names), or empty
 */
public record Practice(
        String id,
        String domainId,
        String goalId,
        int index,
        LocalizedText text,
        LocalizedText guidance,
        MaturityLevel level,
        double weight,
        Scale scale,
        boolean naAllowed,
        List<LocalizedText> evidenceHints,
        References references,
        VisibilityCondition visibleWhen,
        LocalizedText recommendation,
        Map<String, LocalizedText> recommendationBySize,
        LocalizedText title) {

    /** The rank of the practice's maturity level, or 0 when the questionnaire has no levels. */
    public int levelRank() {
        return level == null ? 0 : level.rank();
    }

    public Optional<VisibilityCondition> condition() {
        return Optional.ofNullable(visibleWhen);
    }

    /** The recommendation for an organization of the given size class. */
    public LocalizedText recommendationFor(String sizeClass) {
        LocalizedText bySize = sizeClass == null ? null : recommendationBySize.get(sizeClass);
        return bySize != null ? bySize : recommendation;
    }
}
