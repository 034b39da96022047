package eu.resilience.assessment.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The confidentiality rules, and the differencing attack suite: on generated populations, every pair of slices the
 * service would show is tried, and no single organization's value may be computable from any of them.
 */
class PopulationTest {

    private static final String[] SECTORS = {"energy", "energy", "energy", "banking", "banking", "health", "space"};
    private static final String[] SIZES = {"micro", "small", "medium", "medium", "large"};
    private static final String[] COUNTRIES = {"DE", "DE", "FR", "EE", "LU"};

    private static Population.Member member(int i, String sector, String size, String country, double score) {
        return new Population.Member(i, i, i, sector, size, country, false, 1, null, score, Map.of());
    }

    private static Population generated(int size, long seed, int k) {
        Random random = new Random(seed);
        List<Population.Member> members = new ArrayList<>();
        for (int i = 0; i < size; i++) {
            members.add(member(
                    i,
                    SECTORS[random.nextInt(SECTORS.length)],
                    SIZES[random.nextInt(SIZES.length)],
                    COUNTRIES[random.nextInt(COUNTRIES.length)],
                    random.nextDouble() * 100));
        }
        return new Population(members, k);
    }

    @Property(tries = 60)
    void noPairOfShownSlicesDiffersByOneToKMinusOneOrganizations(
            @ForAll @IntRange(min = 5, max = 400) int size,
            @ForAll long seed,
            @ForAll @IntRange(min = 2, max = 6) int k) {
        Population population = generated(size, seed, k);
        List<SliceKey> shown = population.shownSlices();

        for (SliceKey slice : shown) {
            assertThat(population.size(slice)).as("%s is shown", slice).isGreaterThanOrEqualTo(k);
        }
        for (SliceKey a : shown) {
            for (SliceKey b : shown) {
                BitSet inA = population.bits(a);
                BitSet onlyInA = (BitSet) inA.clone();
                onlyInA.andNot(population.bits(b));
                if (onlyInA.isEmpty()) { // a's organizations are all in b: b minus a is computable
                    int difference = population.size(b) - population.size(a);
                    assertThat(difference).as("%s minus %s", b, a).matches(d -> d == 0 || d >= k);
                }
            }
        }
    }

    @Property(tries = 60)
    void theShownPartsOfAShownSliceAlongOneDimensionNeverLeaveOneToKMinusOneUncovered(
            @ForAll @IntRange(min = 5, max = 400) int size, @ForAll long seed) {
        int k = 5;
        Population population = generated(size, seed, k);
        for (SliceKey parent : population.shownSlices()) {
            for (SliceKey.Dimension dimension : SliceKey.Dimension.values()) {
                if (!parent.isOpen(dimension)) {
                    continue;
                }
                BitSet covered = new BitSet();
                for (SliceKey child : population.shownSlices()) {
                    if (child.value(dimension) != null
                            && child.equals(parent.with(dimension, child.value(dimension)))) {
                        covered.or(population.bits(child));
                    }
                }
                BitSet uncovered = population.bits(parent);
                uncovered.andNot(covered);
                if (!covered.isEmpty()) {
                    assertThat(uncovered.cardinality())
                            .as("%s by %s", parent, dimension)
                            .matches(n -> n == 0 || n >= k);
                }
            }
        }
    }

    @Test
    void aSingleOrganizationCannotBeRecoveredFromASectorAndItsSizeClasses() {
        // energy: 6 large, 5 medium, 1 small; k = 5
        List<Population.Member> members = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            members.add(member(i, "energy", i < 6 ? "large" : i < 11 ? "medium" : "small", "DE", 40 + i));
        }
        Population population = new Population(members, 5);

        assertThat(population.isShown(SliceKey.sector("energy"))).isTrue();
        assertThat(population.suppression(new SliceKey("energy", "small", null)))
                .contains(Suppression.BELOW_THRESHOLD);
        // energy - large - medium would be the small operator: one of the two must go, the smaller
        assertThat(population.suppression(new SliceKey("energy", "medium", null)))
                .contains(Suppression.COMPLEMENTARY);
        assertThat(population.isShown(new SliceKey("energy", "large", null))).isTrue();
    }

    @Test
    void aSliceThatDiffersFromALargerOneByAFewOrganizationsIsSuppressed() {
        // 7 in DE, all energy except one bank: energy/DE = 6, DE = 7: DE minus energy/DE is the bank
        List<Population.Member> members = new ArrayList<>();
        for (int i = 0; i < 6; i++) {
            members.add(member(i, "energy", "large", "DE", 50));
        }
        members.add(member(6, "banking", "large", "DE", 90));
        Population population = new Population(members, 5);

        assertThat(population.isShown(SliceKey.ALL)).isTrue();
        assertThat(population.suppression(SliceKey.sector("energy"))).contains(Suppression.COMPLEMENTARY);
        assertThat(population.suppression(new SliceKey("energy", "large", "DE")))
                .contains(Suppression.COMPLEMENTARY);
    }

    @Test
    void everythingIsSuppressedBelowK() {
        List<Population.Member> members =
                List.of(member(1, "energy", "large", "DE", 10), member(2, "energy", "large", "DE", 20));

        Population population = new Population(members, 5);

        assertThat(population.shownSlices()).isEmpty();
        assertThat(population.suppression(SliceKey.ALL)).contains(Suppression.BELOW_THRESHOLD);
    }

    @Test
    void quantilesAreTakenOfBlockMeansOfAtLeastKSoNoneIsAnOrganizationsValue() {
        // 10 scores, k = 5: blocks {11, 23, 34, 41, 56} mean 33 and {62, 68, 79, 85, 96} mean 78
        double[] scores = {56, 11, 23, 34, 41, 96, 62, 68, 79, 85};
        List<Figures.Entry> entries = new ArrayList<>();
        for (double score : scores) {
            entries.add(new Figures.Entry(score, false, score < 30 ? "1" : "2"));
        }

        Figures figures = Figures.of(entries, 5, 5);

        assertThat(figures.mean()).isEqualTo(55.5);
        // type 7 on 33, 33, 33, 33, 33, 78, 78, 78, 78, 78
        assertThat(figures.p10()).isEqualTo(33.0);
        assertThat(figures.q1()).isEqualTo(33.0);
        assertThat(figures.median()).isEqualTo(55.5);
        assertThat(figures.q3()).isEqualTo(78.0);
        assertThat(figures.p90()).isEqualTo(78.0);
        assertThat(figures.levels()).containsExactly(Map.entry("1", 2), Map.entry("2", 8));
        for (Double quantile : List.of(figures.p10(), figures.q1(), figures.median(), figures.q3(), figures.p90())) {
            assertThat(entries).noneMatch(e -> e.score() == quantile);
        }
    }

    @Test
    void aGroupTooSmallForTwoBlocksShowsItsMeanOnlyRounded() {
        List<Figures.Entry> entries = List.of(
                new Figures.Entry(10.04, false, "1"),
                new Figures.Entry(20, false, "1"),
                new Figures.Entry(30, false, "1"),
                new Figures.Entry(40, false, "1"),
                new Figures.Entry(50, false, "1"),
                new Figures.Entry(60.07, false, "1"),
                new Figures.Entry(70, false, "1"),
                new Figures.Entry(80, false, "1"),
                new Figures.Entry(90, false, "1"));

        Figures figures = Figures.of(entries, 5, 5);

        assertThat(figures.mean()).isEqualTo(50.0); // 450.11 / 9 = 50.0122
        assertThat(figures.hasQuantiles()).isFalse();
        assertThat(figures.q1()).isNull();
        assertThat(figures.p90()).isNull();
    }

    @Test
    void aBlockHoldsNoneOrAtLeastKOrganizationsThatDidNotConsent() {
        // 12 sorted scores; the 4 lowest consented: a first block of 5 would hold 1 unnamed, which the 4 named reveal
        List<Figures.Entry> entries = new ArrayList<>();
        for (int i = 0; i < 12; i++) {
            entries.add(new Figures.Entry(i, i < 4, "1"));
        }

        List<int[]> blocks = Figures.blocks(entries, 5, 5);

        for (int[] block : blocks) {
            long unnamed = entries.subList(block[0], block[1]).stream()
                    .filter(e -> !e.named())
                    .count();
            assertThat(block[1] - block[0]).isGreaterThanOrEqualTo(5);
            assertThat(unnamed).matches(u -> u == 0 || u >= 5);
        }
        assertThat(blocks).hasSize(1); // 8 unnamed cannot make two blocks of 5
        assertThat(Figures.quantile(new double[] {10, 20, 30, 40}, 0.5)).isEqualTo(25.0);
        assertThat(Figures.percentile(new double[] {10, 20, 30, 40, 50}, 30)).isEqualTo(50.0);
    }
}
