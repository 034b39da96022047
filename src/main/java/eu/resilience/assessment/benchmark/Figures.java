package eu.resilience.assessment.benchmark;

import java.util.Arrays;
import java.util.Map;
import java.util.TreeMap;

/**
 * The figures of a group of organizations for one value (a domain's or the overall score, 0-100): n, mean, quartiles,
 * and the distribution of maturity levels (or bands). Min and max are individual values: only partnership leads see them.
 *
 * @param min null when the viewer may not see individual values
 * @param max null when the viewer may not see individual values
 * @param levels how many organizations reached each level (or band), in order
 */
public record Figures(
        int n, double mean, double q1, double median, double q3, Double min, Double max, Map<String, Integer> levels) {

    /** Computes the figures of the scores (not empty) and level labels of a group. */
    static Figures of(double[] scores, Iterable<String> levelLabels, boolean withExtremes) {
        double[] sorted = scores.clone();
        Arrays.sort(sorted);
        Map<String, Integer> levels = new TreeMap<>();
        for (String label : levelLabels) {
            levels.merge(label, 1, Integer::sum);
        }
        return new Figures(
                sorted.length,
                Arrays.stream(sorted).average().orElse(Double.NaN),
                quantile(sorted, 0.25),
                quantile(sorted, 0.5),
                quantile(sorted, 0.75),
                withExtremes ? sorted[0] : null,
                withExtremes ? sorted[sorted.length - 1] : null,
                levels);
    }

    /** The q-quantile with linear interpolation between order statistics (the common "type 7" definition). */
    static double quantile(double[] sorted, double q) {
        double position = q * (sorted.length - 1);
        int lower = (int) Math.floor(position);
        int upper = Math.min(lower + 1, sorted.length - 1);
        return sorted[lower] + (position - lower) * (sorted[upper] - sorted[lower]);
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
