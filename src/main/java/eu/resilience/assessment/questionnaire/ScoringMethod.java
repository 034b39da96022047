package eu.resilience.assessment.questionnaire;

/** How a questionnaire turns answers into maturity. */
public enum ScoringMethod {
    /** Cumulative maturity levels, the C2M2 rule: a level is reached when it and every level below are fully achieved. */
    CUMULATIVE,
    /** Weighted mean of the steps of a maturity scale, mapped to named bands. */
    AVERAGED
}
