package eu.resilience.assessment.questionnaire;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * One version of a questionnaire, as loaded from its file; immutable.
 *
 * @param rules the scoring options (all-N/A levels, overall maturity, band rounding)
 * @param levelZero the name of level 0 (e.g. C2M2's "MIL0 Not performed"), or null for the application's wording
 * @param source where the content comes from, shown in the catalogue
 * @param frameworks the frameworks its practices reference, declared in the file or known, in file order
 * @param draftLocales locales whose missing texts fall back to the default locale, with a marker (drafts only)
 */
public record Questionnaire(
        String id,
        String version,
        QuestionnaireStatus status,
        List<String> languages,
        LocalizedText title,
        LocalizedText description,
        String publisher,
        ScoringMethod method,
        List<MaturityLevel> levels,
        List<Band> bands,
        List<Scale> scales,
        List<Domain> domains,
        List<Practice> practices,
        Map<String, Practice> practicesById,
        String sourceFile,
        String contentHash,
        ScoringRules rules,
        MaturityLevel levelZero,
        Source source,
        List<Framework> frameworks,
        List<String> draftLocales) {

    /** The key that identifies this version: {@code id@version}. */
    public String key() {
        return id + "@" + version;
    }

    public Optional<Practice> practice(String practiceId) {
        return Optional.ofNullable(practicesById.get(practiceId));
    }

    public Optional<Domain> domain(String domainId) {
        return domains.stream().filter(d -> d.id().equals(domainId)).findFirst();
    }

    /** The highest maturity level rank (cumulative method), or 0. */
    public int maxLevel() {
        return levels.isEmpty() ? 0 : levels.get(levels.size() - 1).rank();
    }

    /** The level of a rank; rank 0 is the file's {@code level_zero} when it names one. */
    public Optional<MaturityLevel> level(int rank) {
        if (rank == 0) {
            return levelZeroName();
        }
        return levels.stream().filter(l -> l.rank() == rank).findFirst();
    }

    /** Level 0 as the file names it, if it does. */
    public Optional<MaturityLevel> levelZeroName() {
        return Optional.ofNullable(levelZero);
    }

    /** A framework its practices may reference, by key. */
    public Optional<Framework> framework(String key) {
        return frameworks.stream().filter(f -> f.key().equals(key)).findFirst();
    }

    /**
     * A level as every screen and report names it, from the questionnaire's own words: "MIL2 Performed"; level 0 is
     * the file's own name for it (scoring.level_zero), else what {@code belowLowest} makes of the lowest level's id
     * (the bundles' "Below MIL1").
     */
    public String levelName(int rank, java.util.Locale locale, java.util.function.UnaryOperator<String> belowLowest) {
        if (rank == 0 && levelZero == null) {
            return belowLowest.apply(levels.isEmpty() ? "" : levels.get(0).id());
        }
        return level(rank).map(l -> l.id() + " " + l.name().in(locale)).orElse(String.valueOf(rank));
    }

    /**
     * The band that an averaged maturity value falls in: the last band whose start is at or below the value rounded by
     * the questionnaire's band rule ({@link ScoringRules#forBands}).
     */
    public Optional<Band> band(double maturity) {
        double value = rules.forBands(maturity);
        Band found = null;
        for (Band band : bands) {
            if (band.from() <= value + 1e-9) {
                found = band;
            }
        }
        return Optional.ofNullable(found == null && !bands.isEmpty() ? bands.get(0) : found);
    }

    /**
     * The ids of the practices that are hidden by their visibility conditions for this profile and these answers.
     * Conditions are evaluated in questionnaire order; an answer to a hidden practice counts as unanswered.
     *
     * @param answers chosen option ids by practice id ({@code "na"} for not applicable)
     */
    public Set<String> hiddenPractices(OrganizationProfile profile, Map<String, String> answers) {
        Set<String> hidden = new HashSet<>();
        Map<String, String> earlier = new HashMap<>();
        for (Practice practice : practices) {
            boolean visible =
                    practice.visibleWhen() == null || practice.visibleWhen().test(profile, Map.copyOf(earlier));
            if (!visible) {
                hidden.add(practice.id());
            }
            earlier.put(practice.id(), visible ? answers.getOrDefault(practice.id(), "") : "");
        }
        return hidden;
    }
}
