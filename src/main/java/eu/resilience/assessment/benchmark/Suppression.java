package eu.resilience.assessment.benchmark;

/** Why a slice or a cell is not shown (docs/DISCLOSURE.md). */
public enum Suppression {
    /** Fewer than k organizations. */
    BELOW_THRESHOLD,
    /** Shown with a larger slice it would reveal the few organizations that differ (complementary suppression). */
    COMPLEMENTARY,
    /** 1 to k-1 organizations that did not consent to named results: the named ones' values would give theirs. */
    CONSENT,
    /** Compared with a figure of an earlier release, it would reveal the few organizations that changed. */
    EARLIER_RELEASE,
    /** Operators see only groups of at least 2k organizations, 0 or at least 2k apart from what they saw before. */
    OPERATOR_GROUP,
    /** No benchmark release of the campaign has been published yet. */
    NOT_PUBLISHED,
    /** A domain that does not apply to every organization of the slice. */
    DOMAIN_NOT_APPLICABLE
}
