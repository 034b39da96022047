package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.benchmark.SliceKey.Dimension;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The submitted assessments of one campaign and which of its slices may be shown. Pure Java.
 *
 * <p>Confidentiality rules, applied until nothing changes:
 *
 * <ol>
 *   <li>a slice of fewer than k organizations is not shown;
 *   <li>of two shown slices where one's organizations are all in the other, the smaller is not shown when the difference is
 *       1 to k-1 organizations (else the difference of their figures would reveal those few);
 *   <li>when the shown slices that cut a shown slice along one dimension (e.g. its sectors) leave 1 to k-1 of its
 *       organizations uncovered, the smallest of them is not shown either (else the sum of the others would reveal the
 *       rest).
 * </ol>
 */
public final class Population {

    /** One organization's submitted figures. */
    public record Member(
            long assessmentId,
            long organizationId,
            String sector,
            String size,
            String country,
            int level,
            String band,
            Double score,
            Map<String, Value> domains) {}

    /** One domain's figures of a member. */
    public record Value(boolean applicable, int level, String band, Double score) {}

    private final List<Member> members;
    private final int k;
    private final Map<SliceKey, BitSet> slices = new HashMap<>();
    private final Map<SliceKey, Suppression> suppressed = new HashMap<>();
    /** The sub-slices of a slice along one dimension: (slice, dimension) to the slices with that dimension fixed. */
    private final Map<Map.Entry<SliceKey, Dimension>, List<SliceKey>> children = new HashMap<>();

    public Population(List<Member> members, int k) {
        this.members = List.copyOf(members);
        this.k = k;
        for (int i = 0; i < this.members.size(); i++) {
            Member member = this.members.get(i);
            for (SliceKey key : SliceKey.of(member.sector(), member.size(), member.country())) {
                slices.computeIfAbsent(key, x -> new BitSet()).set(i);
            }
        }
        slices.putIfAbsent(SliceKey.ALL, new BitSet());
        for (SliceKey key : slices.keySet()) {
            for (Dimension dimension : Dimension.values()) {
                if (!key.isOpen(dimension)) {
                    SliceKey parent = key.with(dimension, null);
                    children.computeIfAbsent(Map.entry(parent, dimension), x -> new ArrayList<>())
                            .add(key);
                }
            }
        }
        suppress();
    }

    public int k() {
        return k;
    }

    public List<Member> members() {
        return members;
    }

    /** The number of organizations in a slice. */
    public int size(SliceKey key) {
        BitSet set = slices.get(key);
        return set == null ? 0 : set.cardinality();
    }

    /** Why the slice is not shown, or empty when it is shown. */
    public Optional<Suppression> suppression(SliceKey key) {
        if (!slices.containsKey(key)) {
            return Optional.of(Suppression.BELOW_THRESHOLD);
        }
        return Optional.ofNullable(suppressed.get(key));
    }

    public boolean isShown(SliceKey key) {
        return suppression(key).isEmpty();
    }

    /** Every slice that may be shown. */
    public List<SliceKey> shownSlices() {
        return slices.keySet().stream().filter(this::isShown).toList();
    }

    /** The members of a slice. */
    public List<Member> membersOf(SliceKey key) {
        List<Member> result = new ArrayList<>();
        BitSet set = slices.getOrDefault(key, new BitSet());
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            result.add(members.get(i));
        }
        return result;
    }

    /** The member set of a slice, for the confidentiality tests. */
    BitSet bits(SliceKey key) {
        return (BitSet) slices.getOrDefault(key, new BitSet()).clone();
    }

    private void suppress() {
        slices.forEach((key, set) -> {
            if (set.cardinality() < k) {
                suppressed.put(key, Suppression.BELOW_THRESHOLD);
            }
        });
        boolean changed = true;
        while (changed) {
            changed = suppressNestedDifferences() | suppressUncoveredRemainders();
        }
    }

    /** Rule 2, on actual member sets, whatever the keys: only pairs whose sizes differ by 1 to k-1 can matter. */
    private boolean suppressNestedDifferences() {
        List<SliceKey> shown = new ArrayList<>(shownSlices());
        shown.sort(Comparator.comparingInt(this::size).thenComparing(SliceKey::toString));
        boolean changed = false;
        for (int i = 0; i < shown.size(); i++) {
            SliceKey small = shown.get(i);
            BitSet smallSet = slices.get(small);
            int n = smallSet.cardinality();
            for (int j = i + 1; j < shown.size(); j++) {
                SliceKey large = shown.get(j);
                int difference = size(large) - n;
                if (difference >= k) {
                    break;
                }
                if (difference < 1 || suppressed.containsKey(large)) {
                    continue;
                }
                BitSet outside = (BitSet) smallSet.clone();
                outside.andNot(slices.get(large));
                if (outside.isEmpty()) {
                    suppressed.put(small, Suppression.COMPLEMENTARY);
                    changed = true;
                    break;
                }
            }
        }
        return changed;
    }

    /** Rule 3: along each dimension, the shown sub-slices of a shown slice leave none or at least k uncovered. */
    private boolean suppressUncoveredRemainders() {
        boolean changed = false;
        for (SliceKey parent : shownSlices()) {
            for (Dimension dimension : Dimension.values()) {
                if (!parent.isOpen(dimension)) {
                    continue;
                }
                List<SliceKey> shownChildren = children.getOrDefault(Map.entry(parent, dimension), List.of()).stream()
                        .filter(this::isShown)
                        .sorted(Comparator.comparingInt(this::size).thenComparing(SliceKey::toString))
                        .toList();
                int uncovered = size(parent)
                        - shownChildren.stream().mapToInt(this::size).sum();
                if (!shownChildren.isEmpty() && uncovered >= 1 && uncovered < k) {
                    suppressed.put(shownChildren.get(0), Suppression.COMPLEMENTARY);
                    changed = true;
                }
            }
        }
        return changed;
    }
}
