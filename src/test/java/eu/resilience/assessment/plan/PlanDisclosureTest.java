package eu.resilience.assessment.plan;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.plan.PlanDisclosure.Cell;
import eu.resilience.assessment.plan.PlanDisclosure.CellKey;
import eu.resilience.assessment.plan.PlanDisclosure.Item;
import eu.resilience.assessment.plan.PlanDisclosure.OrganizationPlan;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * The rules of the plan figures, with k = 3: worked examples, then the differencing attack of a partnership lead who
 * keeps every release and subtracts the figures of the same cell: on generated sequences of plans changing between
 * releases, no shown figure is ever the work of 1 to k-1 organizations, within a release or between two.
 */
class PlanDisclosureTest {

    private static final int K = 3;

    private static OrganizationPlan plan(long id, String sector, Item... items) {
        return new OrganizationPlan(id, sector, List.of(items));
    }

    private static Item item(String domain, PlanStatus status) {
        return new Item("q", domain, status, false, null);
    }

    private static Cell cell(List<Cell> cells, String sector, String domain) {
        return cells.stream()
                .filter(c -> c.key().equals(new CellKey("q", sector, domain)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void aCellOfFewerThanKOrganizationsIsHiddenOneOfKIsShownWithItsCounts() {
        List<Cell> cells = PlanDisclosure.cells(
                List.of(
                        plan(1, "energy", item("GOV", PlanStatus.DONE), item("ASSET", PlanStatus.PLANNED)),
                        plan(2, "energy", item("GOV", PlanStatus.PLANNED)),
                        plan(3, "energy", new Item("q", "GOV", PlanStatus.IN_PROGRESS, true, null)),
                        plan(4, "health", item("GOV", PlanStatus.DONE))),
                K,
                List.of());

        Cell governance = cell(cells, "energy", "GOV");
        assertThat(governance.isShown()).isTrue();
        assertThat(governance.organizations()).isEqualTo(3);
        assertThat(governance.counts()).isEqualTo(new PlanDisclosure.Counts(1, 1, 1, 0, 1, 0, 0));
        assertThat(cell(cells, "energy", PlanDisclosure.ANY_DOMAIN).isShown()).isTrue();
        // one organization's asset item, one health operator: hidden, no counts at all
        assertThat(cell(cells, "energy", "ASSET").suppression()).isEqualTo("too-few");
        assertThat(cell(cells, "energy", "ASSET").counts()).isNull();
        assertThat(cell(cells, "health", "GOV").suppression()).isEqualTo("too-few");
    }

    @Test
    void aCellThatOneOrganizationChangedSinceTheLastReleaseIsHiddenAChangeOfKIsShown() {
        List<OrganizationPlan> before = List.of(
                plan(1, "energy", item("GOV", PlanStatus.PLANNED)),
                plan(2, "energy", item("GOV", PlanStatus.PLANNED)),
                plan(3, "energy", item("GOV", PlanStatus.PLANNED)),
                plan(4, "energy", item("GOV", PlanStatus.PLANNED)));
        List<Cell> first = PlanDisclosure.cells(before, K, List.of());
        // organization 1 marks its item done: the difference of the two figures would be its own change
        List<OrganizationPlan> oneChanged = new ArrayList<>(before);
        oneChanged.set(0, plan(1, "energy", item("GOV", PlanStatus.DONE)));
        List<Cell> second = PlanDisclosure.cells(oneChanged, K, List.of(first));
        assertThat(cell(second, "energy", "GOV").suppression()).isEqualTo("differencing");
        // "has a plan" did not change for anybody: still shown
        assertThat(cell(second, "energy", PlanDisclosure.ANY_DOMAIN).isShown()).isTrue();

        // three organizations changed: the difference is a group of k
        List<OrganizationPlan> threeChanged = List.of(
                plan(1, "energy", item("GOV", PlanStatus.DONE)),
                plan(2, "energy", item("GOV", PlanStatus.DONE)),
                plan(3, "energy", item("GOV", PlanStatus.IN_PROGRESS)),
                plan(4, "energy", item("GOV", PlanStatus.PLANNED)));
        assertThat(cell(PlanDisclosure.cells(threeChanged, K, List.of(first)), "energy", "GOV")
                        .isShown())
                .isTrue();
        // but not against a history that holds the one-change state as well
        assertThat(cell(PlanDisclosure.cells(threeChanged, K, List.of(first, second)), "energy", "GOV")
                        .suppression())
                .isEqualTo("differencing");
    }

    @Test
    void theLeadsDifferencingAttackOnGeneratedHistoriesFindsNoSmallGroup() {
        Random random = new Random(17);
        String[] sectors = {"energy", "health"};
        String[] domains = {"GOV", "ASSET", "RESP"};
        for (int history = 0; history < 200; history++) {
            Map<Long, OrganizationPlan> plans = new HashMap<>();
            List<List<Cell>> releases = new ArrayList<>();
            for (int release = 0; release < 6; release++) {
                // between releases, a few organizations add, close or drop items, or drop out of the plan
                int changes = 1 + random.nextInt(6);
                for (int c = 0; c < changes; c++) {
                    long id = 1 + random.nextInt(14);
                    List<Item> items = new ArrayList<>();
                    int count = random.nextInt(4);
                    for (int i = 0; i < count; i++) {
                        items.add(new Item(
                                "q",
                                domains[random.nextInt(domains.length)],
                                PlanStatus.values()[random.nextInt(4)],
                                random.nextBoolean(),
                                random.nextBoolean() ? null : Outcome.values()[random.nextInt(3)]));
                    }
                    plans.put(id, plan(id, sectors[(int) (id % 2)], items.toArray(Item[]::new)));
                }
                releases.add(PlanDisclosure.cells(new ArrayList<>(plans.values()), K, releases));
            }
            // the lead's knowledge: every shown cell of every release
            for (int a = 0; a < releases.size(); a++) {
                for (Cell shown : releases.get(a)) {
                    if (!shown.isShown()) {
                        continue;
                    }
                    assertThat(shown.organizations()).isGreaterThanOrEqualTo(K);
                    for (int b = 0; b < a; b++) {
                        for (Cell earlier : releases.get(b)) {
                            if (earlier.key().equals(shown.key()) && earlier.isShown()) {
                                Set<Long> changed = PlanDisclosure.changed(earlier.members(), shown.members());
                                assertThat(changed.size())
                                        .as("history %d: %s between releases %d and %d", history, shown.key(), b, a)
                                        .satisfiesAnyOf(n -> assertThat(n).isZero(), n -> assertThat(n)
                                                .isGreaterThanOrEqualTo(K));
                            }
                        }
                    }
                }
            }
        }
    }
}
