package eu.resilience.assessment.benchmark;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * The pure computation of a release (docs/DISCLOSURE.md): whether the disclosure rules allow it against the earlier
 * releases, which slices it publishes to leads and operators, their figures, and each member's own percentiles. The
 * benchmark service stores the result; the attack suite plays the adversaries against it.
 */
record Publication(
        Population population,
        List<ReleaseStore.StoredSlice> slices,
        List<ReleaseStore.StoredMember> members,
        Set<String> quantiles) {

    /**
     * Computes a release of these members.
     *
     * @param earlier what the earlier releases of the campaign published, oldest first
     * @param numbers the earlier releases' numbers, in the same order
     * @throws DisclosureException when nothing changed since the latest release, or the organizations that changed
     *     since any earlier release (added, removed, submitted again) are 1 to k-1, or 1 to k-1 unnamed ones
     */
    static Publication compute(
            List<Population.Member> current,
            int k,
            List<Population.Published> earlier,
            List<Integer> numbers,
            List<String> domainIds) {
        Population population = new Population(current, k, earlier);
        for (int i = 0; i < earlier.size(); i++) {
            int[] change = population.changeFrom(earlier.get(i));
            if (i == earlier.size() - 1 && change[0] == 0) {
                throw new DisclosureException("benchmark.release.unchanged", numbers.get(i));
            }
            if (few(change[0], k) || few(change[1], k)) {
                throw new DisclosureException(
                        "benchmark.release.too-few-changes", numbers.get(i), change[0], change[1], k);
            }
        }
        if (population.members().isEmpty()) {
            throw new DisclosureException("benchmark.release.empty");
        }
        Set<String> quantiles = safeQuantiles(population, earlier, domainIds);
        List<ReleaseStore.StoredSlice> slices = new ArrayList<>();
        for (SliceKey key : population.slices()) {
            SliceReport lead = figures(
                    population,
                    key,
                    domainIds,
                    k,
                    population.suppression(key),
                    key.depth() == 0 ? quantiles : Set.of());
            SliceReport operator = null;
            if (key.depth() == 0 || (key.depth() == 1 && key.sector() != null)) {
                operator = figures(
                        population,
                        key,
                        domainIds,
                        2 * k,
                        population.isShownToOperators(key) ? Optional.empty() : Optional.of(Suppression.OPERATOR_GROUP),
                        Set.of());
            }
            slices.add(new ReleaseStore.StoredSlice(key, population.size(key), lead, operator));
        }
        Map<List<Object>, double[]> sortedValues = new java.util.HashMap<>();
        List<ReleaseStore.StoredMember> members = population.members().stream()
                .map(m -> ownPosition(population, m, domainIds, sortedValues))
                .toList();
        return new Publication(population, slices, members, quantiles);
    }

    private static boolean few(int count, int k) {
        return count >= 1 && count < k;
    }

    /**
     * The values whose quantiles the whole campaign may publish: those for which rule 6 finds that the blocks of the
     * microaggregation (of this and the earlier releases), with every published sum and the named values, reveal no
     * group of 1 to k-1 organizations. Quantiles are published for the whole campaign only.
     */
    private static Set<String> safeQuantiles(
            Population population, List<Population.Published> earlier, List<String> domainIds) {
        Set<String> safe = new LinkedHashSet<>();
        if (!population.isShown(SliceKey.ALL)) {
            return safe;
        }
        List<String> dimensions = new ArrayList<>();
        dimensions.add("");
        dimensions.addAll(domainIds);
        for (String dimension : dimensions) {
            List<Population.Member> members = population.members();
            if (members.stream().anyMatch(m -> Population.value(m, dimension) == null)) {
                continue; // not applicable to everybody: no figures at all
            }
            List<BitSet> blocks = population.blocks(members, dimension);
            if (blocks.isEmpty()) {
                continue;
            }
            if (population.quantilesAreSafe(dimension, blocks)) {
                safe.add(dimension);
            }
        }
        return safe;
    }

    /** The figures of a slice, computed once at publication: blocks of at least {@code minBlock} organizations. */
    private static SliceReport figures(
            Population population,
            SliceKey key,
            List<String> domainIds,
            int minBlock,
            Optional<Suppression> suppression,
            Set<String> quantiles) {
        int n = population.size(key);
        if (suppression.isPresent()) {
            return new SliceReport(key, population.k(), n, suppression.get(), null, List.of());
        }
        List<Population.Member> members = population.membersOf(key);
        Figures overall = Figures.of(
                entries(members, Population.Member::score, m -> levelOf(m, null)),
                minBlock,
                population.k(),
                quantiles.contains(""));
        List<SliceReport.Cell> cells = new ArrayList<>();
        for (String domainId : domainIds) {
            boolean everyoneApplicable = members.stream().allMatch(m -> {
                Population.Value value = m.domains().get(domainId);
                return value != null && value.applicable() && value.score() != null;
            });
            if (!everyoneApplicable) {
                cells.add(new SliceReport.Cell(domainId, null, Suppression.DOMAIN_NOT_APPLICABLE));
                continue;
            }
            cells.add(new SliceReport.Cell(
                    domainId,
                    Figures.of(
                            entries(members, m -> m.domains().get(domainId).score(), m -> levelOf(m, domainId)),
                            minBlock,
                            population.k(),
                            quantiles.contains(domainId)),
                    null));
        }
        return new SliceReport(key, population.k(), n, null, overall, cells);
    }

    private static List<Figures.Entry> entries(
            List<Population.Member> members,
            Function<Population.Member, Double> score,
            Function<Population.Member, String> level) {
        return members.stream()
                .filter(m -> score.apply(m) != null)
                .map(m -> new Figures.Entry(score.apply(m), m.named(), level.apply(m)))
                .toList();
    }

    private static String levelOf(Population.Member m, String domainId) {
        if (domainId == null) {
            return m.band() != null ? m.band() : String.valueOf(m.level());
        }
        Population.Value value = m.domains().get(domainId);
        return value.band() != null ? value.band() : String.valueOf(value.level());
    }

    /**
     * A member's own percentile (whole numbers) in the group operators compare it with: its sector when shown to
     * operators, otherwise the whole campaign when shown, otherwise none.
     */
    private static ReleaseStore.StoredMember ownPosition(
            Population population,
            Population.Member m,
            List<String> domainIds,
            Map<List<Object>, double[]> sortedValues) {
        SliceKey sector = SliceKey.sector(m.sector());
        SliceKey group = population.isShownToOperators(sector)
                ? sector
                : population.isShownToOperators(SliceKey.ALL) ? SliceKey.ALL : null;
        if (group == null) {
            return new ReleaseStore.StoredMember(m, null, Map.of());
        }
        Double percentile = m.score() == null ? null : percentile(population, group, "", m.score(), sortedValues);
        Map<String, Double> domains = new LinkedHashMap<>();
        for (String domainId : domainIds) {
            Double own = Population.value(m, domainId);
            if (own != null) {
                Double value = percentile(population, group, domainId, own, sortedValues);
                if (value != null) {
                    domains.put(domainId, value);
                }
            }
        }
        return new ReleaseStore.StoredMember(m, percentile, domains);
    }

    /**
     * The mid-rank percentile (whole numbers) of a value among the group's microaggregated values (blocks of at least
     * k), or null when the value does not apply to every organization of the group; computed once per group and value.
     */
    private static Double percentile(
            Population population,
            SliceKey group,
            String dimension,
            double value,
            Map<List<Object>, double[]> sortedValues) {
        double[] sorted = sortedValues.computeIfAbsent(List.of(group, dimension), key -> {
            List<Population.Member> members = population.membersOf(group);
            if (members.stream().anyMatch(x -> Population.value(x, dimension) == null)) {
                return new double[0];
            }
            double[] raw = members.stream()
                    .mapToDouble(x -> Population.value(x, dimension))
                    .sorted()
                    .toArray();
            // against the group's values microaggregated in blocks of k (a group has at least 2k, so at least two
            // blocks): a rank against block means, no order statistic of anyone
            List<Figures.Entry> entries = java.util.stream.DoubleStream.of(raw)
                    .mapToObj(v -> new Figures.Entry(v, false, ""))
                    .toList();
            return Figures.blockMeans(entries, Figures.blocks(entries, population.k(), population.k()));
        });
        if (sorted.length == 0) {
            return null;
        }
        int below = lowerBound(sorted, value - 1e-9);
        int equal = lowerBound(sorted, value + 1e-9) - below;
        return (double) Math.round(100.0 * (below + equal / 2.0) / sorted.length);
    }

    /** The number of sorted values strictly below a bound. */
    private static int lowerBound(double[] sorted, double bound) {
        int low = 0;
        int high = sorted.length;
        while (low < high) {
            int middle = (low + high) >>> 1;
            if (sorted[middle] < bound) {
                low = middle + 1;
            } else {
                high = middle;
            }
        }
        return low;
    }
}
