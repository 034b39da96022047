package eu.resilience.assessment.questionnaire;

/**
 * The scoring options of a questionnaire (questionnaires/README.md, "Scoring options"): where models differ, the file
 * says which rule it means.
 *
 * @param allNaLevelReached cumulative: whether a level whose practices in a domain are all not applicable (N/A or
 *     hidden) counts as reached (true, the default) or stops the climb (false)
 * @param overall averaged: whether the overall maturity is the weighted mean of the practices (default) or the mean of
 *     the domains' maturities
 * @param bandDecimals averaged: the number of decimals a maturity is rounded to (half up) before it is mapped to a band,
 *     or null to map the exact mean
 */
public record ScoringRules(boolean allNaLevelReached, OverallMaturity overall, Integer bandDecimals) {

    /** The rules of a file that states none: today's behaviour. */
    public static final ScoringRules DEFAULT = new ScoringRules(true, OverallMaturity.PRACTICES, null);

    /** What the overall maturity of an averaged questionnaire is the mean of. */
    public enum OverallMaturity {
        /** The weighted mean of the steps of every applicable answered practice. */
        PRACTICES,
        /** The unweighted mean of the maturities of the domains that have one. */
        DOMAINS
    }

    /** The value a maturity is compared with the bands' starts as: rounded half up to {@link #bandDecimals}. */
    public double forBands(double maturity) {
        if (bandDecimals == null) {
            return maturity;
        }
        double factor = Math.pow(10, bandDecimals);
        // the small addition keeps a mean such as 2.55, stored as 2.5499999..., rounding up as written
        return Math.floor(maturity * factor + 0.5 + 1e-9) / factor;
    }
}
