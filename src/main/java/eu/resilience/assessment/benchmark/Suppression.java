package eu.resilience.assessment.benchmark;

/** Why a slice or a cell is not shown. */
public enum Suppression {
    /** Fewer than k organizations. */
    BELOW_THRESHOLD,
    /** Shown with a larger slice it would reveal the few organizations that differ (complementary suppression). */
    COMPLEMENTARY,
    /** A domain that does not apply to every organization of the slice. */
    DOMAIN_NOT_APPLICABLE
}
