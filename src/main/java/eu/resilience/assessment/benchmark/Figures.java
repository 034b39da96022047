package eu.resilience.assessment.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The published figures of a group of organizations for one value (a domain's or the overall score, 0-100), as the
 * disclosure policy (docs/DISCLOSURE.md) allows them: n, the mean, quantiles that are never one organization's value,
 * and the distribution of maturity levels (or bands). There is no minimum or maximum for anybody.
 *
 * <p>Quantiles are computed on the <em>microaggregated</em> values: the group's scores are sorted and cut into
 * consecutive blocks of at least {@code minBlock} organizations, each with none or at least k organizations that did not
 * consent to named results; every score is replaced by its block's mean, and the quantiles (type 7) are taken of those
 * values. A quantile is therefore a block mean or lies between two adjacent block means, each the mean of at least
 * {@code minBlock} organizations. With a single block the quantiles would all be the mean: they are not published.
 * Means and quantiles are rounded to {@value #DECIMALS} decimal.
 *
 * @param p10 the low whisker of a box plot (10th percentile), null when quantiles are not published
 * @param q1 null when quantiles are not published (fewer than two blocks)
 * @param median null when quantiles are not published
 * @param q3 null when quantiles are not published
 * @param p90 the high whisker of a box plot (90th percentile), null when quantiles are not published
 * @param levels how many organizations reached each level (or band), in order
 */
public record Figures(
        int n, double mean, Double p10, Double q1, Double median, Double q3, Double p90, Map<String, Integer> levels) {

    /** Published means and quantiles carry this many decimals. */
    public static final int DECIMALS = 1;

    /** One organization's value in a group, and whether the viewer may know it by name (consent). */
    record Entry(double score, boolean named, String level) {}

    public boolean hasQuantiles() {
        return median != null;
    }

    /**
     * The figures of a group (not empty).
     *
     * @param minBlock the smallest block of the microaggregation (k for partnership leads, 2k for operators)
     * @param k the confidentiality threshold: a block has none or at least k organizations that are not named
     */
    static Figures of(List<Entry> entries, int minBlock, int k) {
        return of(entries, minBlock, k, true);
    }

    /** The figures of a group (not empty); without quantiles when {@code quantiles} is false. */
    static Figures of(List<Entry> entries, int minBlock, int k, boolean quantiles) {
        List<Entry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparingDouble(Entry::score));
        Map<String, Integer> levels = new TreeMap<>();
        double sum = 0;
        for (Entry entry : sorted) {
            levels.merge(entry.level(), 1, Integer::sum);
            sum += entry.score();
        }
        double[] aggregated = quantiles ? microaggregate(sorted, minBlock, k) : null;
        quantiles = aggregated != null;
        return new Figures(
                sorted.size(),
                round(sum / sorted.size()),
                quantiles ? round(quantile(aggregated, 0.10)) : null,
                quantiles ? round(quantile(aggregated, 0.25)) : null,
                quantiles ? round(quantile(aggregated, 0.5)) : null,
                quantiles ? round(quantile(aggregated, 0.75)) : null,
                quantiles ? round(quantile(aggregated, 0.90)) : null,
                levels);
    }

    /**
     * The blocks of the microaggregation, as [start, end) index pairs into the sorted entries: consecutive, each of at
     * least {@code minBlock} entries with none or at least k unnamed ones; the last incomplete block joins the ones
     * before it until that holds. One block when the group is too small for two.
     */
    static List<int[]> blocks(List<Entry> sorted, int minBlock, int k) {
        List<int[]> blocks = new ArrayList<>();
        int start = 0;
        int unnamed = 0;
        for (int i = 0; i < sorted.size(); i++) {
            if (!sorted.get(i).named()) {
                unnamed++;
            }
            int size = i - start + 1;
            if (size >= minBlock && (unnamed == 0 || unnamed >= k)) {
                blocks.add(new int[] {start, i + 1});
                start = i + 1;
                unnamed = 0;
            }
        }
        if (start < sorted.size()) {
            blocks.add(new int[] {start, sorted.size()});
        }
        // the last block may be short or hold 1..k-1 unnamed: merge it backwards until it is whole
        while (blocks.size() > 1 && !whole(sorted, blocks.get(blocks.size() - 1), minBlock, k)) {
            int[] last = blocks.remove(blocks.size() - 1);
            int[] previous = blocks.remove(blocks.size() - 1);
            blocks.add(new int[] {previous[0], last[1]});
        }
        return blocks;
    }

    /** The positions of the published quantiles (10th, 25th, 50th, 75th and 90th percentile). */
    static final double[] QUANTILES = {0.10, 0.25, 0.5, 0.75, 0.90};

    /**
     * The blocks the published quantiles of these sorted entries are computed from: those holding the order statistics
     * on either side of each quantile's position. Empty when there is only one block (no quantiles).
     */
    static List<int[]> quantileBlocks(List<Entry> sorted, int minBlock, int k) {
        List<int[]> blocks = blocks(sorted, minBlock, k);
        List<int[]> used = new ArrayList<>();
        if (blocks.size() < 2) {
            return used;
        }
        for (int[] block : blocks) {
            for (double q : QUANTILES) {
                double position = q * (sorted.size() - 1);
                int lower = (int) Math.floor(position);
                int upper = (int) Math.ceil(position);
                if ((lower >= block[0] && lower < block[1]) || (upper >= block[0] && upper < block[1])) {
                    used.add(block);
                    break;
                }
            }
        }
        return used;
    }

    private static boolean whole(List<Entry> sorted, int[] block, int minBlock, int k) {
        long unnamed = sorted.subList(block[0], block[1]).stream()
                .filter(e -> !e.named())
                .count();
        return block[1] - block[0] >= minBlock && (unnamed == 0 || unnamed >= k);
    }

    /** Every sorted score replaced by its block's mean, or null when there is only one block. */
    private static double[] microaggregate(List<Entry> sorted, int minBlock, int k) {
        List<int[]> blocks = blocks(sorted, minBlock, k);
        return blocks.size() < 2 ? null : blockMeans(sorted, blocks);
    }

    /** Every sorted score replaced by the mean of its block. */
    static double[] blockMeans(List<Entry> sorted, List<int[]> blocks) {
        double[] values = new double[sorted.size()];
        for (int[] block : blocks) {
            double sum = 0;
            for (int i = block[0]; i < block[1]; i++) {
                sum += sorted.get(i).score();
            }
            Arrays.fill(values, block[0], block[1], sum / (block[1] - block[0]));
        }
        return values;
    }

    /** The q-quantile with linear interpolation between order statistics (the common "type 7" definition). */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
    }

    /** Rounds half up to the published precision. */
    static double round(double value) {
        double scale = Math.pow(10, DECIMALS);
        return Math.round(value * scale) / scale;
    }

    /** The share of the group strictly below a value plus half of those equal to it, 0-100 (mid-rank percentile). */
    static double percentile(double[] scores, double value) {
        int below = 0;
        int equal = 0;
        for (double score : scores) {
            if (score < value - 1e-9) {
                below++;
            } else if (Math.abs(score - value) <= 1e-9) {
                equal++;
            }
        }
        return 100.0 * (below + equal / 2.0) / scores.length;
    }
}
