package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.benchmark.SliceKey.Dimension;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.ToIntFunction;

/**
 * The members of one benchmark release of a campaign, and which of its slices may be published. Pure Java: the
 * disclosure rules of docs/DISCLOSURE.md, applied until nothing changes.
 *
 * <p>Counts below are of organizations; "unnamed" ones are those whose values the partnership leads do not know by name
 * (no consent, in this release or an earlier one). A slice is not published when:
 *
 * <ol>
 *   <li>it has fewer than k organizations ({@link Suppression#BELOW_THRESHOLD});
 *   <li>it has 1 to k-1 unnamed organizations: the named ones' values would give the rest ({@link Suppression#CONSENT});
 *   <li>a published slice of the same release contains it and the difference has 1 to k-1 organizations, or 1 to k-1
 *       unnamed ones ({@link Suppression#COMPLEMENTARY});
 *   <li>the published sub-slices of a published slice along one dimension (e.g. its sectors) leave 1 to k-1
 *       organizations, or 1 to k-1 unnamed ones, uncovered: the smallest of them goes ({@link Suppression#COMPLEMENTARY});
 *   <li>with a slice published in an earlier release of the campaign, the organizations in one and not the other (added,
 *       removed, or with another submission) are 1 to k-1, or 1 to k-1 unnamed ones ({@link Suppression#EARLIER_RELEASE}).
 * </ol>
 *
 * <p>Operators see fewer figures (they know their own values, and up to k-1 of them may pool theirs): only the whole
 * campaign and single sectors, of at least 2k organizations, where the rest of the campaign outside the sector and the
 * difference from the same slice in every earlier release are none or at least 2k organizations.
 */
public final class Population {

    /** One organization's submitted figures, as of its submission. */
    public record Member(
            long assessmentId,
            long organizationId,
            long snapshotId,
            String sector,
            String size,
            String country,
            boolean named,
            int level,
            String band,
            Double score,
            Map<String, Value> domains) {}

    /** One domain's figures of a member. */
    public record Value(boolean applicable, int level, String band, Double score) {}

    /**
     * What an earlier release published: its members, the slices it showed to leads and to operators, and the values
     * ("" for the overall score, else a domain id) whose quantiles it published for the whole campaign.
     */
    public record Published(
            List<Member> members, Set<SliceKey> shown, Set<SliceKey> operatorShown, Set<String> quantiles) {}

    private final List<Member> members;
    private final int k;
    /** Every submission ever published in the campaign, this release's members first: (organization, snapshot). */
    private final Map<List<Long>, Integer> elements = new HashMap<>();

    private final List<Integer> organizationOfElement = new ArrayList<>();

    private final Map<Long, Integer> organizationIndex = new HashMap<>();
    /** Elements whose organization's values the leads know by name. */
    private final BitSet named = new BitSet();

    private final Map<SliceKey, BitSet> slices = new HashMap<>();
    private final Map<SliceKey, Suppression> suppressed = new HashMap<>();
    private final Map<SliceKey, Boolean> operatorShown = new HashMap<>();
    /** The sub-slices of a slice along one dimension: (slice, dimension) to the slices with that dimension fixed. */
    private final Map<Map.Entry<SliceKey, Dimension>, List<SliceKey>> children = new HashMap<>();
    /** Earlier releases' published slices as element sets, and their operator-published ones. */
    private final List<Map<SliceKey, BitSet>> earlierShown = new ArrayList<>();

    private final List<Map<SliceKey, BitSet>> earlierOperatorShown = new ArrayList<>();
    /** The blocks behind the quantiles earlier releases published, per value ("" overall, else a domain id). */
    private final Map<String, List<BitSet>> earlierBlocks = new HashMap<>();

    private final Map<SliceKey, Integer> sizes = new HashMap<>();
    private final Map<SliceKey, Integer> unnamedSizes = new HashMap<>();

    public Population(List<Member> members, int k) {
        this(members, k, List.of());
    }

    public Population(List<Member> members, int k, List<Published> earlier) {
        this.k = k;
        this.members = List.copyOf(vetNewConsents(members, earlier));
        for (int i = 0; i < this.members.size(); i++) {
            Member member = this.members.get(i);
            int element = element(member);
            if (element != i) {
                throw new IllegalArgumentException("organization " + member.organizationId() + " appears twice");
            }
            for (SliceKey key : SliceKey.of(member.sector(), member.size(), member.country())) {
                slices.computeIfAbsent(key, x -> new BitSet()).set(i);
            }
        }
        registerEarlier(earlier);
        Set<List<Long>> namedSubmissions = namedIn(earlier);
        this.members.stream().filter(Member::named).forEach(m -> namedSubmissions.add(id(m)));
        markNamed(namedSubmissions);
        slices.putIfAbsent(SliceKey.ALL, new BitSet());
        slices.forEach((key, set) -> {
            sizes.put(key, organizations(set));
            unnamedSizes.put(key, unnamed(set));
        });
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
        for (SliceKey key : slices.keySet()) {
            if (key.depth() == 0 || (key.depth() == 1 && key.sector() != null)) {
                operatorShown.put(key, operatorMaySee(key));
            }
        }
        auditOperatorFigures();
    }

    /**
     * Rule 6 for operators, who know their own values and may pool up to k-1 of them: no published operator sum of
     * this and the earlier releases may give the total of a group of fewer than 2k organizations that no figure tells
     * apart. The smallest operator figure that holds such a group goes, until none is left.
     */
    private void auditOperatorFigures() {
        while (true) {
            List<BitSet> sets = new ArrayList<>();
            earlierOperatorShown.forEach(release -> sets.addAll(release.values()));
            List<SliceKey> shown = operatorShown.entrySet().stream()
                    .filter(Map.Entry::getValue)
                    .map(Map.Entry::getKey)
                    .sorted(Comparator.comparingInt((SliceKey key) -> key.depth() == 0 ? 1 : 0)
                            .thenComparingInt(this::size)
                            .thenComparing(SliceKey::toString))
                    .toList();
            shown.forEach(key -> sets.add(slices.get(key)));
            BitSet disclosed = LinearAudit.disclosed(sets, new BitSet(), 2 * k, organizationOfElement);
            if (disclosed.isEmpty() || shown.isEmpty()) {
                return;
            }
            SliceKey victim = shown.stream()
                    .filter(key -> slices.get(key).intersects(disclosed))
                    .findFirst()
                    .orElse(shown.get(0));
            operatorShown.put(victim, false);
        }
    }

    /** The index of a member's submission among every submission of the campaign's releases. */
    int element(Member member) {
        List<Long> id = List.of(member.organizationId(), member.snapshotId());
        Integer index = elements.get(id);
        if (index == null) {
            index = organizationOfElement.size();
            elements.put(id, index);
            organizationOfElement.add(
                    organizationIndex.computeIfAbsent(member.organizationId(), x -> organizationIndex.size()));
        }
        return index;
    }

    /**
     * Consent covers the submissions a release published by name: those are known to the leads, and only those (a
     * submission made after a withdrawal is not). A consent given after earlier releases is honoured in this release
     * only when the newly named values reveal nothing more through the earlier releases' figures than was revealed
     * before; otherwise those organizations are not named in this release (the next release tries again).
     */
    private List<Member> vetNewConsents(List<Member> current, List<Published> earlier) {
        Set<List<Long>> namedBefore = namedIn(earlier);
        Set<Long> newlyNamed = new java.util.HashSet<>();
        Set<List<Long>> withNew = new java.util.HashSet<>(namedBefore);
        current.stream().filter(m -> m.named() && !namedBefore.contains(id(m))).forEach(m -> {
            newlyNamed.add(m.organizationId());
            withNew.add(id(m));
        });
        if (earlier.isEmpty() || newlyNamed.isEmpty()) {
            return current;
        }
        BitSet before = new Population(List.of(), k, earlier, namedBefore).earlierDisclosed();
        BitSet after = new Population(List.of(), k, earlier, withNew).earlierDisclosed();
        after.andNot(before);
        if (after.isEmpty()) {
            return current;
        }
        return current.stream()
                .map(m -> newlyNamed.contains(m.organizationId())
                        ? new Member(
                                m.assessmentId(),
                                m.organizationId(),
                                m.snapshotId(),
                                m.sector(),
                                m.size(),
                                m.country(),
                                false,
                                m.level(),
                                m.band(),
                                m.score(),
                                m.domains())
                        : m)
                .toList();
    }

    private static List<Long> id(Member member) {
        return List.of(member.organizationId(), member.snapshotId());
    }

    /** The submissions the releases published by name. */
    private static Set<List<Long>> namedIn(List<Published> releases) {
        Set<List<Long>> named = new java.util.HashSet<>();
        releases.forEach(
                release -> release.members().stream().filter(Member::named).forEach(m -> named.add(id(m))));
        return named;
    }

    private void registerEarlier(List<Published> earlier) {
        for (Published release : earlier) {
            Map<SliceKey, BitSet> shown = new HashMap<>();
            Map<SliceKey, BitSet> operator = new HashMap<>();
            for (Member member : release.members()) {
                int element = element(member);
                for (SliceKey key : SliceKey.of(member.sector(), member.size(), member.country())) {
                    if (release.shown().contains(key)) {
                        shown.computeIfAbsent(key, x -> new BitSet()).set(element);
                    }
                    if (release.operatorShown().contains(key)) {
                        operator.computeIfAbsent(key, x -> new BitSet()).set(element);
                    }
                }
            }
            earlierShown.add(shown);
            earlierOperatorShown.add(operator);
        }
        for (Published release : earlier) {
            for (String dimension : release.quantiles()) {
                earlierBlocks
                        .computeIfAbsent(dimension, x -> new ArrayList<>())
                        .addAll(blocks(release.members(), dimension));
            }
        }
    }

    /** An audit of the earlier releases alone, with the given submissions known by name. */
    private Population(List<Member> none, int k, List<Published> earlier, Set<List<Long>> namedSubmissions) {
        this.k = k;
        this.members = none;
        registerEarlier(earlier);
        markNamed(namedSubmissions);
    }

    private BitSet earlierDisclosed() {
        BitSet disclosed = new BitSet();
        List<String> dimensions = new ArrayList<>(earlierBlocks.keySet());
        if (dimensions.isEmpty()) {
            dimensions.add("");
        }
        for (String dimension : dimensions) {
            disclosed.or(LinearAudit.disclosed(leadSets(dimension, List.of()), named, k, organizationOfElement));
        }
        return disclosed;
    }

    /** Marks these submissions as known by name. */
    private void markNamed(Set<List<Long>> submissions) {
        elements.forEach((id, index) -> {
            if (submissions.contains(id)) {
                named.set(index);
            }
        });
    }

    public int k() {
        return k;
    }

    public List<Member> members() {
        return members;
    }

    /** The number of organizations in a slice. */
    public int size(SliceKey key) {
        return sizes.getOrDefault(key, 0);
    }

    /** Why the slice is not published to partnership leads, or empty when it is. */
    public Optional<Suppression> suppression(SliceKey key) {
        if (!slices.containsKey(key)) {
            return Optional.of(Suppression.BELOW_THRESHOLD);
        }
        return Optional.ofNullable(suppressed.get(key));
    }

    public boolean isShown(SliceKey key) {
        return suppression(key).isEmpty();
    }

    /** Whether operators may see the slice's figures (the whole campaign or one sector only). */
    public boolean isShownToOperators(SliceKey key) {
        return operatorShown.getOrDefault(key, false);
    }

    /** Every slice that exists in this release (shown or not). */
    public Set<SliceKey> slices() {
        return slices.keySet();
    }

    /** Every slice that may be published. */
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

    /**
     * How many organizations differ between this release and an earlier one (in one and not the other, or with
     * another submission), and how many of them are unnamed: {all, unnamed}.
     */
    public int[] changeFrom(Published earlier) {
        BitSet before = new BitSet();
        for (Member member : earlier.members()) {
            before.set(elements.get(List.of(member.organizationId(), member.snapshotId())));
        }
        BitSet difference = (BitSet) slices.get(SliceKey.ALL).clone();
        difference.xor(before);
        return new int[] {organizations(difference), unnamed(difference)};
    }

    /**
     * Rule 6 for the quantiles of the whole campaign: whether the blocks they are computed from (of this and the earlier
     * releases, as element sets), with every published sum and the named values, give away no group of 1 to k-1.
     */
    boolean quantilesAreSafe(String dimension, List<BitSet> blocks) {
        List<BitSet> sets = leadSets(dimension, shownSlices());
        sets.addAll(blocks);
        return LinearAudit.disclosed(sets, named, k, organizationOfElement).isEmpty();
    }

    /** What leads know of one value: every published sum of every release, and the earlier quantiles' blocks. */
    private List<BitSet> leadSets(String dimension, List<SliceKey> shown) {
        List<BitSet> sets = new ArrayList<>();
        earlierShown.forEach(release -> sets.addAll(release.values()));
        sets.addAll(earlierBlocks.getOrDefault(dimension, List.of()));
        shown.forEach(key -> sets.add(slices.get(key)));
        return sets;
    }

    /**
     * The blocks the quantiles of these members' values come from (see {@link Figures#quantileBlocks}), as element
     * sets; empty when the values make only one block.
     */
    List<BitSet> blocks(List<Member> group, String dimension) {
        List<Member> sorted = new ArrayList<>(group);
        sorted.sort(Comparator.comparingDouble(m -> value(m, dimension)));
        List<Figures.Entry> entries = sorted.stream()
                .map(m -> new Figures.Entry(value(m, dimension), m.named(), ""))
                .toList();
        List<BitSet> result = new ArrayList<>();
        for (int[] block : Figures.quantileBlocks(entries, k, k)) {
            BitSet set = new BitSet();
            for (int i = block[0]; i < block[1]; i++) {
                set.set(element(sorted.get(i)));
            }
            result.add(set);
        }
        return result;
    }

    /** The value of a member a figure is about: "" for the overall score, else a domain's score (null: none). */
    static Double value(Member m, String dimension) {
        if (dimension.isEmpty()) {
            return m.score();
        }
        Value value = m.domains().get(dimension);
        return value == null || !value.applicable() ? null : value.score();
    }

    /** The member set of a slice, for the confidentiality tests. */
    BitSet bits(SliceKey key) {
        return (BitSet) slices.getOrDefault(key, new BitSet()).clone();
    }

    private int organizations(BitSet set) {
        if (set.cardinality() <= 1) {
            return set.cardinality();
        }
        BitSet organizations = new BitSet();
        for (int i = set.nextSetBit(0); i >= 0; i = set.nextSetBit(i + 1)) {
            organizations.set(organizationOfElement.get(i));
        }
        return organizations.cardinality();
    }

    private int unnamed(BitSet set) {
        BitSet unnamed = (BitSet) set.clone();
        unnamed.andNot(named);
        return organizations(unnamed);
    }

    /** Whether a count of organizations would single out a few: 1 to k-1. */
    private boolean few(int count) {
        return count >= 1 && count < k;
    }

    private void suppress() {
        slices.forEach((key, set) -> {
            if (size(key) < k) {
                suppressed.put(key, Suppression.BELOW_THRESHOLD);
            } else if (few(unnamedSizes.get(key))) {
                suppressed.put(key, Suppression.CONSENT);
            }
        });
        suppressAgainstEarlierReleases();
        applyPairRules();
        while (suppressLinearDisclosure()) {
            applyPairRules();
        }
    }

    private void applyPairRules() {
        boolean changed = true;
        while (changed) {
            changed = suppressNestedDifferences(this::size)
                    | suppressNestedDifferences(unnamedSizes::get)
                    | suppressUncoveredRemainders();
        }
    }

    /**
     * Rule 6: when the sums of every published figure of this and the earlier releases, with the named values, give
     * the total of 1 to k-1 unnamed organizations ({@link LinearAudit}), this release gives up one more slice: the
     * smallest one that holds them, or else its smallest one. Returns whether it suppressed one.
     */
    private boolean suppressLinearDisclosure() {
        List<SliceKey> shown = new ArrayList<>(shownSlices());
        shown.sort(Comparator.comparingInt((SliceKey key) -> key.depth() == 0 ? 1 : 0)
                .thenComparingInt(this::size)
                .thenComparing(SliceKey::toString));
        BitSet disclosed = new BitSet();
        List<String> dimensions = new ArrayList<>(earlierBlocks.keySet());
        if (dimensions.isEmpty()) {
            dimensions.add("");
        }
        for (String dimension : dimensions) {
            disclosed.or(LinearAudit.disclosed(leadSets(dimension, shown), named, k, organizationOfElement));
            if (!disclosed.isEmpty()) {
                break;
            }
        }
        if (disclosed.isEmpty() || shown.isEmpty()) {
            return false;
        }
        SliceKey victim = shown.stream()
                .filter(key -> slices.get(key).intersects(disclosed))
                .findFirst()
                .orElse(shown.get(0));
        suppressed.put(victim, Suppression.COMPLEMENTARY);
        return true;
    }

    /** Rule 5: earlier releases are fixed, so this release gives way. */
    private void suppressAgainstEarlierReleases() {
        for (Map<SliceKey, BitSet> earlier : earlierShown) {
            List<BitSet> published = new ArrayList<>(earlier.values());
            int[] publishedSizes =
                    published.stream().mapToInt(BitSet::cardinality).toArray();
            int[] publishedUnnamed = published.stream().mapToInt(this::unnamed).toArray();
            for (SliceKey key : shownSlices()) {
                BitSet set = slices.get(key);
                for (int i = 0; i < published.size(); i++) {
                    BitSet other = published.get(i);
                    if (Math.abs(publishedSizes[i] - set.cardinality()) >= 2 * k
                            && Math.abs(publishedUnnamed[i] - unnamedSizes.get(key)) >= 2 * k) {
                        continue; // each organization adds at most two submissions to a difference
                    }
                    BitSet difference = (BitSet) set.clone();
                    difference.xor(other);
                    if (few(organizations(difference)) || few(unnamed(difference))) {
                        suppressed.put(key, Suppression.EARLIER_RELEASE);
                        break;
                    }
                }
            }
        }
    }

    /** Rule 3, on actual member sets, whatever the keys: only pairs whose counts differ by 1 to k-1 can matter. */
    private boolean suppressNestedDifferences(ToIntFunction<SliceKey> count) {
        List<SliceKey> shown = new ArrayList<>(shownSlices());
        shown.sort(Comparator.comparingInt(count).thenComparing(SliceKey::toString));
        boolean changed = false;
        for (int i = 0; i < shown.size(); i++) {
            SliceKey small = shown.get(i);
            BitSet smallSet = slices.get(small);
            int n = count.applyAsInt(small);
            for (int j = i + 1; j < shown.size(); j++) {
                SliceKey large = shown.get(j);
                int difference = count.applyAsInt(large) - n;
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

    /** Rule 4: along each dimension, the shown sub-slices of a shown slice leave none or at least k uncovered. */
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
                if (shownChildren.isEmpty()) {
                    continue;
                }
                BitSet uncovered = (BitSet) slices.get(parent).clone();
                shownChildren.forEach(child -> uncovered.andNot(slices.get(child)));
                if (few(organizations(uncovered)) || few(unnamed(uncovered))) {
                    suppressed.put(shownChildren.get(0), Suppression.COMPLEMENTARY);
                    changed = true;
                }
            }
        }
        return changed;
    }

    /** The whole campaign or one sector: at least 2k, and 0 or at least 2k apart from what operators saw before. */
    private boolean operatorMaySee(SliceKey key) {
        if (!isShown(key) || size(key) < 2 * k) {
            return false;
        }
        BitSet set = slices.get(key);
        if (key.depth() == 1) {
            BitSet rest = (BitSet) slices.get(SliceKey.ALL).clone();
            rest.andNot(set);
            int outside = organizations(rest);
            if (outside >= 1 && outside < 2 * k) {
                return false;
            }
        }
        for (Map<SliceKey, BitSet> earlier : earlierOperatorShown) {
            BitSet other = earlier.get(key);
            if (other != null) {
                BitSet difference = (BitSet) set.clone();
                difference.xor(other);
                int changed = organizations(difference);
                if (changed >= 1 && changed < 2 * k) {
                    return false;
                }
            }
        }
        return true;
    }
}
