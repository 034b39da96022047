package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.base.chart.Charts;
import java.util.ArrayList;
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

    /** The box plot of the shown domains: boxes at the quartiles, whiskers at the 10th and 90th percentiles. */
    public List<Charts.Box> domainBoxes() {
        List<Charts.Box> boxes = new ArrayList<>();
        for (Cell cell : domains) {
            Figures f = cell.figures();
            if (f != null && f.hasQuantiles()) {
                boxes.add(new Charts.Box(cell.domainId(), f.p10(), f.q1(), f.median(), f.q3(), f.p90(), f.mean()));
            }
        }
        return boxes;
    }

    public Cell domain(String domainId) {
        return domains.stream()
                .filter(c -> c.domainId().equals(domainId))
                .findFirst()
                .orElse(null);
    }
}
