package eu.resilience.assessment.benchmark;

import java.util.List;

/**
 * What may be shown of one slice: its size, why it is suppressed if it is, and its figures overall and per domain.
 *
 * @param overall null when the slice is suppressed
 */
public record SliceReport(SliceKey key, int k, int n, Suppression suppression, Figures overall, List<Cell> domains) {

    /** A domain's figures, or why they are not shown. */
    public record Cell(String domainId, Figures figures, Suppression suppression) {}

    public boolean isShown() {
        return suppression == null;
    }

    public Cell domain(String domainId) {
        return domains.stream()
                .filter(c -> c.domainId().equals(domainId))
                .findFirst()
                .orElse(null);
    }
}
