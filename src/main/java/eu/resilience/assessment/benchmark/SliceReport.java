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

    /** The box plot of the shown domains: whiskers at min and max where the viewer may see them, else at the quartiles. */
    public List<Charts.Box> domainBoxes() {
        List<Charts.Box> boxes = new ArrayList<>();
        for (Cell cell : domains) {
            Figures f = cell.figures();
            if (f != null) {
                boxes.add(new Charts.Box(
                        cell.domainId(),
                        f.min() == null ? f.q1() : f.min(),
                        f.q1(),
                        f.median(),
                        f.q3(),
                        f.max() == null ? f.q3() : f.max(),
                        f.mean()));
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
