package eu.resilience.assessment.plan;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * The aggregate figures of the organizations' plans that a partnership lead may see, and the rules that hide the rest.
 * Pure Java. A cell is one questionnaire, one sector and one domain (or {@link #ANY_DOMAIN}: "has a plan"); its members are
 * the organizations with at least one item in it. A cell is hidden when
 *
 * <ol>
 *   <li>it has fewer than k members ({@code too-few});
 *   <li>against the same cell of any earlier release, the members whose contribution changed (added, removed, or any of
 *       their items in the cell changed status, overdue or outcome) are 1 to k-1 ({@code differencing}): the difference
 *       of the two figures would be theirs.
 * </ol>
 *
 * Cells of different domains count different items, and sectors are disjoint, so no sum of shown cells equals another
 * cell: no cell needs hiding for its siblings' sake. No item text, owner or organization name is published.
 */
public final class PlanDisclosure {

    /** The domain of the cell "organizations with a plan" of a sector. */
    public static final String ANY_DOMAIN = "*";

    private PlanDisclosure() {}

    /** One plan item as the figures see it. */
    public record Item(String questionnaireId, String domainId, PlanStatus status, boolean overdue, Outcome outcome) {}

    /** An organization's plan: its sector and its items. */
    public record OrganizationPlan(long organizationId, String sector, List<Item> items) {}

    /** The key of a cell. */
    public record CellKey(String questionnaireId, String sector, String domainId) implements Comparable<CellKey> {
        @Override
        public int compareTo(CellKey other) {
            return java.util.Comparator.comparing(CellKey::questionnaireId)
                    .thenComparing(CellKey::sector)
                    .thenComparing(CellKey::domainId)
                    .compare(this, other);
        }
    }

    /** The figures of a cell: item counts by status, overdue items, items followed into a next assessment, improved. */
    public record Counts(int planned, int inProgress, int done, int dropped, int overdue, int followed, int improved) {}

    /**
     * A published cell: its member count, and its figures or, when hidden, the reason.
     *
     * @param members organization id to the fingerprint of its contribution (stored, never shown)
     */
    public record Cell(CellKey key, int organizations, Counts counts, String suppression, Map<Long, String> members) {

        public boolean isShown() {
            return suppression == null;
        }
    }

    /**
     * The cells of a new release.
     *
     * @param earlier the cells of every earlier release, with their members' fingerprints
     */
    public static List<Cell> cells(List<OrganizationPlan> plans, int k, List<List<Cell>> earlier) {
        Map<CellKey, Map<Long, List<Item>>> byCell = new TreeMap<>();
        for (OrganizationPlan plan : plans) {
            for (Item item : plan.items()) {
                byCell.computeIfAbsent(
                                new CellKey(item.questionnaireId(), plan.sector(), item.domainId()),
                                key -> new HashMap<>())
                        .computeIfAbsent(plan.organizationId(), id -> new ArrayList<>())
                        .add(item);
                byCell.computeIfAbsent(
                                new CellKey(item.questionnaireId(), plan.sector(), ANY_DOMAIN), key -> new HashMap<>())
                        .computeIfAbsent(plan.organizationId(), id -> new ArrayList<>());
            }
        }
        List<Cell> cells = new ArrayList<>();
        byCell.forEach((key, members) -> {
            Map<Long, String> fingerprints = new TreeMap<>();
            members.forEach((organization, items) -> fingerprints.put(organization, fingerprint(items)));
            String suppression = null;
            if (members.size() < k) {
                suppression = "too-few";
            } else if (differencing(key, fingerprints, k, earlier)) {
                suppression = "differencing";
            }
            Counts counts = suppression != null || key.domainId().equals(ANY_DOMAIN)
                    ? null
                    : counts(members.values().stream().flatMap(List::stream).toList());
            cells.add(new Cell(key, members.size(), counts, suppression, fingerprints));
        });
        return cells;
    }

    /** The members whose contribution differs between two states of a cell. */
    public static Set<Long> changed(Map<Long, String> before, Map<Long, String> after) {
        Set<Long> changed = new HashSet<>();
        Set<Long> all = new HashSet<>(before.keySet());
        all.addAll(after.keySet());
        for (Long organization : all) {
            if (!Objects.equals(before.get(organization), after.get(organization))) {
                changed.add(organization);
            }
        }
        return changed;
    }

    private static boolean differencing(CellKey key, Map<Long, String> now, int k, List<List<Cell>> earlier) {
        for (List<Cell> release : earlier) {
            for (Cell cell : release) {
                if (cell.key().equals(key)) {
                    int changed = changed(cell.members(), now).size();
                    if (changed > 0 && changed < k) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    private static Counts counts(List<Item> items) {
        int[] byStatus = new int[PlanStatus.values().length];
        int overdue = 0;
        int followed = 0;
        int improved = 0;
        for (Item item : items) {
            byStatus[item.status().ordinal()]++;
            overdue += item.overdue() ? 1 : 0;
            if (item.outcome() != null
                    && item.outcome() != Outcome.NOT_COMPARABLE
                    && item.status() != PlanStatus.DROPPED) {
                followed++;
                improved += item.outcome() == Outcome.IMPROVED ? 1 : 0;
            }
        }
        return new Counts(
                byStatus[PlanStatus.PLANNED.ordinal()],
                byStatus[PlanStatus.IN_PROGRESS.ordinal()],
                byStatus[PlanStatus.DONE.ordinal()],
                byStatus[PlanStatus.DROPPED.ordinal()],
                overdue,
                followed,
                improved);
    }

    /** What of an organization's items in a cell the figures depend on, order-free. */
    static String fingerprint(List<Item> items) {
        return items.stream()
                .map(i -> i.status() + "/" + i.overdue() + "/" + i.outcome())
                .sorted()
                .reduce((a, b) -> a + "," + b)
                .map(PlanDisclosure::sha256)
                .orElse("present");
    }

    private static String sha256(String text) {
        try {
            return java.util.HexFormat.of()
                    .formatHex(java.security.MessageDigest.getInstance("SHA-256")
                            .digest(text.getBytes(java.nio.charset.StandardCharsets.UTF_8)));
        } catch (java.security.NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
