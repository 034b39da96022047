package eu.resilience.assessment.benchmark;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Rule 6 of docs/DISCLOSURE.md: whether any published sum (a mean times its n, a level count: the same member sets) of
 * a campaign's releases, together with the values the leads know by name, gives the total of a group of 1 to k-1
 * organizations that no published figure tells apart. Pure Java.
 *
 * <p>The unknowns are the submissions that are not named. Submissions that belong to exactly the same published sets
 * form a cell: no combination of the sums can tell them apart, so only a whole cell's total can follow, and it follows
 * exactly when the cell's unit vector lies in the span of the sets. The span is computed by Gaussian elimination with
 * exact arithmetic modulo a prime (the sets are 0/1 vectors; their rank is the same over the rationals).
 */
final class LinearAudit {

    private static final long P = 2_147_483_647L;

    private LinearAudit() {}

    /**
     * The elements whose cell has 1 to k-1 unnamed elements and whose cell total follows from the sets.
     *
     * @param sets the member sets of every published figure (elements are indices)
     * @param named the elements whose values are known anyway
     */
    static BitSet disclosed(List<BitSet> sets, BitSet named, int k) {
        return disclosed(sets, named, k, null);
    }

    /**
     * The same, and also the pairs of submissions of one organization whose difference follows (how much that
     * organization changed between a reopen and its new submission).
     *
     * @param organizationOfElement each element's organization, or null to skip the pairs
     */
    static BitSet disclosed(List<BitSet> sets, BitSet named, int k, List<Integer> organizationOfElement) {
        // cells: the unnamed elements grouped by the sets they belong to
        Map<List<Integer>, Integer> cellOf = new HashMap<>();
        Map<Integer, List<Integer>> signatures = new HashMap<>();
        for (int s = 0; s < sets.size(); s++) {
            BitSet set = sets.get(s);
            for (int e = set.nextSetBit(0); e >= 0; e = set.nextSetBit(e + 1)) {
                if (!named.get(e)) {
                    signatures.computeIfAbsent(e, x -> new ArrayList<>()).add(s);
                }
            }
        }
        List<BitSet> cells = new ArrayList<>();
        signatures.forEach((element, signature) -> {
            int cell = cellOf.computeIfAbsent(signature, x -> {
                cells.add(new BitSet());
                return cells.size() - 1;
            });
            cells.get(cell).set(element);
        });
        int width = cells.size();
        int[] cellOfElement =
                new int[sets.stream().mapToInt(BitSet::length).max().orElse(0) + 1];
        for (int c = 0; c < width; c++) {
            BitSet cell = cells.get(c);
            for (int e = cell.nextSetBit(0); e >= 0; e = cell.nextSetBit(e + 1)) {
                cellOfElement[e] = c;
            }
        }
        // the sets as rows over cells, reduced into an echelon basis
        List<long[]> basis = new ArrayList<>();
        List<Integer> pivots = new ArrayList<>();
        java.util.Set<BitSet> seen = new java.util.HashSet<>();
        for (BitSet set : sets) {
            BitSet row = new BitSet(width);
            for (int e = set.nextSetBit(0); e >= 0; e = set.nextSetBit(e + 1)) {
                if (!named.get(e)) {
                    row.set(cellOfElement[e]);
                }
            }
            if (row.isEmpty() || !seen.add(row)) {
                continue;
            }
            long[] dense = new long[width];
            row.stream().forEach(c -> dense[c] = 1);
            reduce(dense, basis, pivots);
            int pivot = firstNonZero(dense);
            if (pivot >= 0) {
                long inverse = inverse(dense[pivot]);
                for (int c = pivot; c < width; c++) {
                    if (dense[c] != 0) {
                        dense[c] = dense[c] * inverse % P;
                    }
                }
                basis.add(dense);
                pivots.add(pivot);
            }
        }
        BitSet disclosed = new BitSet();
        for (int c = 0; c < width; c++) {
            int size = cells.get(c).cardinality();
            if (size >= k) {
                continue;
            }
            long[] unit = new long[width];
            unit[c] = 1;
            reduce(unit, basis, pivots);
            if (firstNonZero(unit) < 0) {
                disclosed.or(cells.get(c));
            }
        }
        if (organizationOfElement != null) {
            Map<Integer, List<Integer>> singletonsByOrganization = new HashMap<>();
            for (int c = 0; c < width; c++) {
                if (cells.get(c).cardinality() == 1) {
                    int element = cells.get(c).nextSetBit(0);
                    singletonsByOrganization
                            .computeIfAbsent(organizationOfElement.get(element), x -> new ArrayList<>())
                            .add(c);
                }
            }
            for (List<Integer> own : singletonsByOrganization.values()) {
                for (int a = 0; a < own.size(); a++) {
                    for (int b = a + 1; b < own.size(); b++) {
                        long[] change = new long[width];
                        change[own.get(a)] = 1;
                        change[own.get(b)] = P - 1;
                        reduce(change, basis, pivots);
                        if (firstNonZero(change) < 0) {
                            disclosed.or(cells.get(own.get(a)));
                            disclosed.or(cells.get(own.get(b)));
                        }
                    }
                }
            }
        }
        return disclosed;
    }

    private static void reduce(long[] row, List<long[]> basis, List<Integer> pivots) {
        for (int r = 0; r < basis.size(); r++) {
            int pivot = pivots.get(r);
            long factor = row[pivot];
            if (factor == 0) {
                continue;
            }
            long[] b = basis.get(r);
            for (int c = pivot; c < row.length; c++) {
                if (b[c] != 0) {
                    row[c] = Math.floorMod(row[c] - factor * b[c] % P, P);
                }
            }
        }
    }

    private static int firstNonZero(long[] row) {
        for (int c = 0; c < row.length; c++) {
            if (row[c] != 0) {
                return c;
            }
        }
        return -1;
    }

    private static long inverse(long value) {
        long result = 1;
        long base = value % P;
        for (long exponent = P - 2; exponent > 0; exponent >>= 1) {
            if ((exponent & 1) == 1) {
                result = result * base % P;
            }
            base = base * base % P;
        }
        return result;
    }
}
