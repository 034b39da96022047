package eu.resilience.assessment.plan;

import eu.resilience.assessment.benchmark.BenchmarkService;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.security.CurrentUser;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The partnership's view of the plans, in aggregate only, under the rules of the benchmarks (docs/DISCLOSURE.md, "Plan
 * figures"): published as stored releases, never computed live; k organizations per cell at least; no cell that differs
 * from an earlier release's by 1 to k-1 organizations; no item text, owner or name.
 */
@Service
public class PlanReleases {

    private final PlanReleaseRepository releases;
    private final PlanItemRepository items;
    private final OrganizationService organizations;
    private final QuestionnaireService questionnaires;
    private final BenchmarkService benchmarks;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PlanReleases(
            PlanReleaseRepository releases,
            PlanItemRepository items,
            OrganizationService organizations,
            QuestionnaireService questionnaires,
            BenchmarkService benchmarks,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock) {
        this.releases = releases;
        this.items = items;
        this.organizations = organizations;
        this.questionnaires = questionnaires;
        this.benchmarks = benchmarks;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Publishes a new release of the plan figures; refused when no organization's plan changed since the latest. */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional
    public PlanFigures publish() {
        List<PlanRelease> earlier = releases.findAllByOrderByNumberAsc();
        List<PlanDisclosure.Cell> cells = PlanDisclosure.cells(
                plans(),
                benchmarks.k(),
                earlier.stream().map(PlanRelease::cells).toList());
        if (!earlier.isEmpty() && sameMembers(earlier.get(earlier.size() - 1).cells(), cells)) {
            throw new PlanException("plan.release.unchanged");
        }
        PlanRelease release = releases.save(new PlanRelease(
                earlier.size() + 1, clock.instant(), currentUser.username().orElseThrow(), cells));
        events.publishEvent(new PlanReleasePublished(
                release.getId(),
                release.getNumber(),
                cells.stream().filter(PlanDisclosure.Cell::isShown).count(),
                cells.size()));
        return figures(release);
    }

    /** The published releases, newest first. */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public List<PlanFigures> releases() {
        List<PlanRelease> all = new ArrayList<>(releases.findAllByOrderByNumberAsc());
        all.sort(Comparator.comparingInt(PlanRelease::getNumber).reversed());
        return all.stream().map(this::figures).toList();
    }

    private PlanFigures figures(PlanRelease release) {
        List<PlanFigures.Cell> cells = release.cells().stream()
                .map(c -> new PlanFigures.Cell(
                        c.key().questionnaireId(),
                        c.key().sector(),
                        c.key().domainId(),
                        c.isShown() ? c.organizations() : null,
                        c.counts(),
                        c.suppression()))
                .toList();
        return new PlanFigures(release.getId(), release.getNumber(), release.getPublishedAt(), benchmarks.k(), cells);
    }

    private static boolean sameMembers(List<PlanDisclosure.Cell> before, List<PlanDisclosure.Cell> now) {
        Map<PlanDisclosure.CellKey, Map<Long, String>> a = new HashMap<>();
        before.forEach(c -> a.put(c.key(), c.members()));
        Map<PlanDisclosure.CellKey, Map<Long, String>> b = new HashMap<>();
        now.forEach(c -> b.put(c.key(), c.members()));
        return a.equals(b);
    }

    /** Every organization's plan as the figures see it, with its current sector; overdue as of today. */
    private List<PlanDisclosure.OrganizationPlan> plans() {
        LocalDate today = LocalDate.now(clock);
        Map<Long, List<PlanDisclosure.Item>> byOrganization = new HashMap<>();
        Map<String, Optional<Questionnaire>> latest = new HashMap<>();
        for (PlanItem item : items.findAll()) {
            String domain = latest.computeIfAbsent(item.getQuestionnaireId(), this::latestVersion)
                    .flatMap(q -> q.practice(item.getPracticeId()))
                    .map(p -> p.domainId())
                    .orElse("?");
            byOrganization
                    .computeIfAbsent(item.getOrganizationId(), id -> new ArrayList<>())
                    .add(new PlanDisclosure.Item(
                            item.getQuestionnaireId(),
                            domain,
                            item.getStatus(),
                            !item.getStatus().isClosed() && item.getDueOn().isBefore(today),
                            item.getOutcome()));
        }
        List<PlanDisclosure.OrganizationPlan> plans = new ArrayList<>();
        for (OrganizationSummary organization : organizations.findAll(byOrganization.keySet())) {
            plans.add(new PlanDisclosure.OrganizationPlan(
                    organization.id(), organization.sector().id(), byOrganization.get(organization.id())));
        }
        return plans;
    }

    private Optional<Questionnaire> latestVersion(String questionnaireId) {
        return questionnaires.catalogue().stream()
                .filter(q -> q.id().equals(questionnaireId))
                .max(Comparator.comparing(Questionnaire::version));
    }
}
