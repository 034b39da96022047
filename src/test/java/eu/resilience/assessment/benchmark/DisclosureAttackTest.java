package eu.resilience.assessment.benchmark;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import org.junit.jupiter.api.Test;

/**
 * The attack suite of docs/DISCLOSURE.md, played against the gate's own computation ({@link Publication}) over sequences
 * of releases of generated campaigns with reopens, returns, late submissions, resubmissions and consent changes.
 *
 * <p>Each adversary's knowledge is written as linear equations over the unknown values of every submission ever
 * published (one variable per organization and submission): every published sum (a mean times n, a level count: the
 * same member sets), every block of the microaggregated quantiles (worst case: the adversary knows which organizations
 * form each block), and every value the adversary knows by itself (named results for a lead; its own and its
 * accomplices' values for colluding operators). Rounding is ignored (worst case). A value follows from the equations
 * exactly when its unit vector lies in their span: the suite checks, with exact arithmetic modulo a prime, that no
 * unit vector of a submission the adversary does not know does, nor the change between two submissions of one
 * organization.
 */
class DisclosureAttackTest {

    /** A prime: ranks of these small 0/1 systems are the same over Z/P as over the rationals. */
    private static final long P = 2_147_483_647L;

    private static final String[] SECTORS = {
        "energy", "energy", "energy", "banking", "banking", "health", "health", "space", "drinking-water"
    };
    private static final String[] SIZES = {"micro", "small", "medium", "medium", "large"};
    private static final String[] COUNTRIES = {"DE", "DE", "FR", "EE", "LU"};

    /** One generated campaign: its organizations, and a sequence of releases with changes between them. */
    private static final class Campaign {
        final Random random;
        final int k;
        final Map<Long, Population.Member> current = new LinkedHashMap<>();
        final List<Population.Published> published = new ArrayList<>();
        final List<Publication> publications = new ArrayList<>();
        long nextSnapshot = 1;
        int refused;

        Campaign(long seed, int k) {
            this.random = new Random(seed);
            this.k = k;
        }

        Population.Member submission(long organization, Population.Member profile, boolean named) {
            String sector = profile == null ? SECTORS[random.nextInt(SECTORS.length)] : profile.sector();
            String size = profile == null ? SIZES[random.nextInt(SIZES.length)] : profile.size();
            String country = profile == null ? COUNTRIES[random.nextInt(COUNTRIES.length)] : profile.country();
            double score = Math.round(random.nextDouble() * 1000) / 10.0;
            return new Population.Member(
                    organization,
                    organization,
                    nextSnapshot++,
                    sector,
                    size,
                    country,
                    named,
                    1 + random.nextInt(3),
                    null,
                    score,
                    Map.of("GOV", new Population.Value(true, 1, null, score)));
        }

        void submitNew(int count) {
            for (int i = 0; i < count; i++) {
                long organization = 1000 + current.size() + random.nextInt(1_000_000) * 1000L;
                current.put(organization, submission(organization, null, random.nextDouble() < 0.15));
            }
        }

        /** Reopens (or returns) some submissions; some of them are submitted again with other values. */
        void reopen(int count, double resubmit) {
            List<Long> ids = new ArrayList<>(current.keySet());
            for (int i = 0; i < count && !ids.isEmpty(); i++) {
                long organization = ids.remove(random.nextInt(ids.size()));
                Population.Member before = current.remove(organization);
                if (random.nextDouble() < resubmit) {
                    current.put(organization, submission(organization, before, before.named()));
                }
            }
        }

        void changeConsent(int count) {
            List<Long> ids = new ArrayList<>(current.keySet());
            for (int i = 0; i < count && !ids.isEmpty(); i++) {
                long organization = ids.remove(random.nextInt(ids.size()));
                Population.Member m = current.get(organization);
                current.put(
                        organization,
                        new Population.Member(
                                m.assessmentId(),
                                m.organizationId(),
                                m.snapshotId(),
                                m.sector(),
                                m.size(),
                                m.country(),
                                !m.named(),
                                m.level(),
                                m.band(),
                                m.score(),
                                m.domains()));
            }
        }

        /** Tries to publish a release; a refusal publishes nothing. */
        void publish() {
            try {
                Publication publication = Publication.compute(
                        new ArrayList<>(current.values()),
                        k,
                        published,
                        published.stream().map(p -> 0).toList(),
                        List.of("GOV"));
                publications.add(publication);
                Set<SliceKey> shown = new HashSet<>();
                Set<SliceKey> operators = new HashSet<>();
                for (ReleaseStore.StoredSlice slice : publication.slices()) {
                    if (slice.lead().isShown()) {
                        shown.add(slice.key());
                    }
                    if (slice.operator() != null && slice.operator().isShown()) {
                        operators.add(slice.key());
                    }
                }
                published.add(new Population.Published(
                        publication.population().members(), shown, operators, publication.quantiles()));
            } catch (DisclosureException refused) {
                this.refused++;
            }
        }
    }

    /** A season: a first release, then reopens, resubmissions, late submissions and consent changes, and more. */
    private static Campaign season(int size, long seed, int k) {
        Campaign campaign = new Campaign(seed, k);
        campaign.submitNew(size);
        campaign.publish();
        for (int round = 0; round < 3; round++) {
            campaign.reopen(1 + campaign.random.nextInt(Math.max(1, size / 10)), 0.6);
            campaign.submitNew(campaign.random.nextInt(2 * k));
            campaign.changeConsent(campaign.random.nextInt(3));
            campaign.publish();
        }
        return campaign;
    }

    @Property(tries = 25)
    void aLeadWithEveryReleaseAndTheNamedResultsLearnsNoUnnamedValue(
            @ForAll @IntRange(min = 8, max = 120) int size,
            @ForAll long seed,
            @ForAll @IntRange(min = 3, max = 6) int k) {
        Campaign campaign = season(size, seed, k);
        Equations equations = new Equations();
        Set<List<Long>> named = new HashSet<>();
        for (Publication publication : campaign.publications) {
            Population population = publication.population();
            for (ReleaseStore.StoredSlice slice : publication.slices()) {
                if (slice.lead().isShown()) {
                    List<Population.Member> members = population.membersOf(slice.key());
                    equations.sum(members);
                    // quantiles are published for the whole campaign only, where the audit allowed them
                    equations.quantiles(
                            members,
                            k,
                            k,
                            slice.key().depth() == 0 && slice.lead().overall().hasQuantiles());
                }
            }
        }
        // the leads know by name the submissions a release published with consent, and only those
        for (Publication publication : campaign.publications) {
            for (Population.Member m : publication.population().members()) {
                if (m.named()) {
                    equations.known(m);
                    named.add(Equations.id(m));
                }
            }
        }
        equations.assertNothingElseFollows(named);
    }

    @Property(tries = 25)
    void upToKMinusOneColludingOperatorsLearnNoOtherValue(
            @ForAll @IntRange(min = 8, max = 120) int size,
            @ForAll long seed,
            @ForAll @IntRange(min = 3, max = 6) int k) {
        Campaign campaign = season(size, seed, k);
        // the accomplices: k-1 organizations of the first release, who know all their own submissions
        List<Population.Member> first =
                campaign.publications.get(0).population().members();
        Set<Long> accomplices = new HashSet<>();
        Random random = new Random(seed);
        while (accomplices.size() < Math.min(k - 1, first.size())) {
            accomplices.add(first.get(random.nextInt(first.size())).organizationId());
        }
        Equations equations = new Equations();
        Set<List<Long>> known = new HashSet<>();
        for (Publication publication : campaign.publications) {
            Population population = publication.population();
            for (ReleaseStore.StoredSlice slice : publication.slices()) {
                if (slice.operator() != null && slice.operator().isShown()) {
                    List<Population.Member> members = population.membersOf(slice.key());
                    equations.sum(members);
                    equations.quantiles(
                            members, 2 * k, k, slice.operator().overall().hasQuantiles());
                }
            }
            for (Population.Member m : population.members()) {
                if (accomplices.contains(m.organizationId())) {
                    equations.known(m);
                    known.add(Equations.id(m));
                }
            }
        }
        equations.assertNothingElseFollows(known);
    }

    @Test
    void theFourAttacksOfTheReportNoLongerWork() {
        int k = 5;
        // 1. differencing over time: 49 submitted, release; one reopens: a release of 48 would give its values
        Campaign overTime = new Campaign(7, k);
        overTime.submitNew(49);
        overTime.publish();
        overTime.reopen(1, 0);
        overTime.publish();
        assertThat(overTime.publications).hasSize(1);
        assertThat(overTime.refused).isEqualTo(1);

        // 3. order statistics: nothing is an individual value: quantiles come from blocks of at least k
        Publication publication = overTime.publications.get(0);
        for (ReleaseStore.StoredSlice slice : publication.slices()) {
            if (slice.lead().isShown() && slice.lead().overall().hasQuantiles()) {
                Figures f = slice.lead().overall();
                List<Double> scores = publication.population().membersOf(slice.key()).stream()
                        .map(Population.Member::score)
                        .toList();
                List<Double> quantiles = List.of(f.p10(), f.q1(), f.median(), f.q3(), f.p90());
                // the lowest quantile is at least the mean of the k lowest, the highest at most the mean of the k
                // highest: never the minimum or the maximum
                List<Double> sorted = scores.stream().sorted().toList();
                double lowest = sorted.subList(0, k).stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElseThrow();
                double highest = sorted.subList(sorted.size() - k, sorted.size()).stream()
                        .mapToDouble(Double::doubleValue)
                        .average()
                        .orElseThrow();
                assertThat(quantiles).allMatch(q -> q >= Figures.round(lowest) && q <= Figures.round(highest));
            }
        }

        // 4. consent: 5 drinking-water operators, 4 named: the sector's mean would give the fifth
        Campaign consent = new Campaign(11, k);
        consent.submitNew(40);
        for (int i = 0; i < 5; i++) {
            long organization = 900_000 + i;
            Population.Member m = consent.submission(organization, null, i < 4);
            consent.current.put(
                    organization,
                    new Population.Member(
                            organization,
                            organization,
                            m.snapshotId(),
                            "drinking-water",
                            m.size(),
                            m.country(),
                            i < 4,
                            m.level(),
                            null,
                            m.score(),
                            m.domains()));
        }
        consent.publish();
        Population population = consent.publications.get(0).population();
        assertThat(population.suppression(SliceKey.sector("drinking-water"))).contains(Suppression.CONSENT);
    }

    /** Linear equations over the submissions' values, reduced as they come (exact arithmetic modulo P). */
    private static final class Equations {
        private final Map<List<Long>, Integer> variables = new HashMap<>();
        private final List<long[]> rows = new ArrayList<>();
        private final List<Integer> pivots = new ArrayList<>();
        private final List<List<Long>> order = new ArrayList<>();

        static List<Long> id(Population.Member m) {
            return List.of(m.organizationId(), m.snapshotId());
        }

        private int variable(Population.Member m) {
            return variables.computeIfAbsent(id(m), x -> {
                order.add(x);
                return variables.size();
            });
        }

        void sum(List<Population.Member> members) {
            BitSet row = new BitSet();
            members.forEach(m -> row.set(variable(m)));
            add(row);
        }

        void known(Population.Member m) {
            BitSet row = new BitSet();
            row.set(variable(m));
            add(row);
        }

        /**
         * What the published quantiles (10th, 25th, 50th, 75th, 90th percentile) say of these members: each is the mean
         * of the block that holds its position in the microaggregation, or lies between two adjacent block means.
         * Worst case: the adversary learns the sum of every such block on its own.
         */
        void quantiles(List<Population.Member> members, int minBlock, int k, boolean published) {
            if (!published) {
                return;
            }
            List<Population.Member> sorted = new ArrayList<>(members);
            sorted.sort(java.util.Comparator.comparingDouble(Population.Member::score));
            List<Figures.Entry> entries = sorted.stream()
                    .map(m -> new Figures.Entry(m.score(), m.named(), "1"))
                    .toList();
            List<int[]> blocks = Figures.blocks(entries, minBlock, k);
            Set<Integer> used = new java.util.TreeSet<>();
            for (double q : new double[] {0.10, 0.25, 0.5, 0.75, 0.90}) {
                double position = q * (sorted.size() - 1);
                for (int rank : new int[] {(int) Math.floor(position), (int) Math.ceil(position)}) {
                    for (int b = 0; b < blocks.size(); b++) {
                        if (rank >= blocks.get(b)[0] && rank < blocks.get(b)[1]) {
                            used.add(b);
                        }
                    }
                }
            }
            for (int b : used) {
                BitSet row = new BitSet();
                for (int i = blocks.get(b)[0]; i < blocks.get(b)[1]; i++) {
                    row.set(variable(sorted.get(i)));
                }
                add(row);
            }
        }

        private final List<BitSet> equations = new ArrayList<>();

        private void add(BitSet bits) {
            equations.add(bits);
        }

        /** The equations brought to reduced row echelon form (Gauss-Jordan, modulo P). */
        private void solve(int width) {
            List<long[]> matrix = new ArrayList<>();
            for (BitSet bits : equations) {
                long[] row = new long[width];
                bits.stream().forEach(i -> row[i] = 1);
                matrix.add(row);
            }
            int rank = 0;
            for (int c = 0; c < width && rank < matrix.size(); c++) {
                int found = -1;
                for (int r = rank; r < matrix.size(); r++) {
                    if (matrix.get(r)[c] != 0) {
                        found = r;
                        break;
                    }
                }
                if (found < 0) {
                    continue;
                }
                long[] pivotRow = matrix.get(found);
                matrix.set(found, matrix.get(rank));
                matrix.set(rank, pivotRow);
                long inverse = inverse(pivotRow[c]);
                for (int j = 0; j < width; j++) {
                    pivotRow[j] = pivotRow[j] * inverse % P;
                }
                for (int r = 0; r < matrix.size(); r++) {
                    long factor = matrix.get(r)[c];
                    if (r != rank && factor != 0) {
                        long[] row = matrix.get(r);
                        for (int j = 0; j < width; j++) {
                            row[j] = Math.floorMod(row[j] - factor * pivotRow[j] % P, P);
                        }
                    }
                }
                rows.add(pivotRow);
                pivots.add(c);
                rank++;
            }
        }

        private boolean follows(long[] vector) {
            for (int r = 0; r < rows.size(); r++) {
                long factor = vector[pivots.get(r)];
                if (factor != 0) {
                    long[] row = rows.get(r);
                    for (int j = 0; j < vector.length; j++) {
                        vector[j] = Math.floorMod(vector[j] - factor * row[j] % P, P);
                    }
                }
            }
            for (long value : vector) {
                if (value != 0) {
                    return false;
                }
            }
            return true;
        }

        void assertNothingElseFollows(Set<List<Long>> known) {
            int width = variables.size();
            solve(width);
            for (List<Long> id : order) {
                if (known.contains(id)) {
                    continue;
                }
                long[] unit = new long[width];
                unit[variables.get(id)] = 1;
                assertThat(follows(unit))
                        .as("the value of submission %s follows", id)
                        .isFalse();
            }
            // nor the change between two submissions of one organization (a reopen and a new submission)
            Map<Long, List<List<Long>>> byOrganization = new HashMap<>();
            order.forEach(id -> byOrganization
                    .computeIfAbsent(id.get(0), x -> new ArrayList<>())
                    .add(id));
            for (List<List<Long>> submissions : byOrganization.values()) {
                for (int a = 0; a < submissions.size(); a++) {
                    for (int b = a + 1; b < submissions.size(); b++) {
                        if (known.contains(submissions.get(a)) && known.contains(submissions.get(b))) {
                            continue;
                        }
                        long[] change = new long[width];
                        change[variables.get(submissions.get(a))] = 1;
                        change[variables.get(submissions.get(b))] = P - 1;
                        assertThat(follows(change))
                                .as("the change from %s to %s follows", submissions.get(a), submissions.get(b))
                                .isFalse();
                    }
                }
            }
        }

        private static long inverse(long value) {
            long result = 1;
            long base = value % P;
            long exponent = P - 2;
            while (exponent > 0) {
                if ((exponent & 1) == 1) {
                    result = result * base % P;
                }
                base = base * base % P;
                exponent >>= 1;
            }
            return result;
        }
    }
}
