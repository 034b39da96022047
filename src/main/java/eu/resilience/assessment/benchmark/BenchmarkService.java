package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.SnapshotReader;
import eu.resilience.assessment.assessment.SnapshotReader.CampaignRef;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.security.CurrentUser;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The disclosure gate: every benchmark figure of every screen, report, workbook and export comes from here, and only
 * from stored releases (docs/DISCLOSURE.md). {@link #publish} computes a release once from the campaign's score
 * snapshots with the rules of {@link Population} and {@link Figures}; everything else reads what was published.
 */
@Service
public class BenchmarkService {

    private final SnapshotReader snapshots;
    private final ReleaseStore store;
    private final QuestionnaireService questionnaires;
    private final AssessmentService assessments;
    private final OrganizationService organizations;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;
    private final int k;
    private final SecureRandom random = new SecureRandom();

    BenchmarkService(
            SnapshotReader snapshots,
            ReleaseStore store,
            QuestionnaireService questionnaires,
            AssessmentService assessments,
            OrganizationService organizations,
            CurrentUser currentUser,
            ApplicationEventPublisher events,
            Clock clock,
            @Value("${resilience.benchmark.k:5}") int k) {
        if (k < 2) {
            throw new IllegalArgumentException("resilience.benchmark.k must be at least 2, is " + k);
        }
        this.snapshots = snapshots;
        this.store = store;
        this.questionnaires = questionnaires;
        this.assessments = assessments;
        this.organizations = organizations;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
        this.k = k;
    }

    /** The confidentiality threshold in force. */
    public int k() {
        return k;
    }

    /** Every campaign, newest first; for partnership leads. */
    @PreAuthorize("hasRole('LEAD')")
    public List<CampaignRef> campaigns() {
        return snapshots.campaigns();
    }

    /** The campaigns whose latest published release shows the figures of all its participants. */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public java.util.Set<Long> campaignsShowingTheirOverall() {
        return store.campaignsShowingTheirOverall();
    }

    /** The published releases of a campaign, oldest first. */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public List<Release> releases(long campaignId) {
        campaign(campaignId);
        return store.releases(campaignId);
    }

    /**
     * Publishes a new release of the campaign's benchmarks from its current score snapshots. Refused when nothing
     * changed since the latest release, or when the organizations that changed since any earlier release (added,
     * removed, or submitted again) are 1 to k-1, or 1 to k-1 unnamed ones: the difference of the two releases would
     * reveal them. Slices that would single out a few against an earlier release are suppressed in the new one.
     */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional
    public Release publish(long campaignId) {
        return publishAs(campaign(campaignId), currentUser.username().orElse("system"));
    }

    Release publishAs(CampaignRef campaign, String publisher) {
        List<Release> earlier = store.releases(campaign.id());
        List<Population.Published> published = new ArrayList<>();
        for (Release release : earlier) {
            published.add(new Population.Published(
                    store.members(release.id()).stream()
                            .map(ReleaseStore.StoredMember::member)
                            .toList(),
                    new HashSet<>(store.shownKeys(release.id(), false)),
                    new HashSet<>(store.shownKeys(release.id(), true)),
                    publishedQuantiles(release)));
        }
        List<Integer> numbers = earlier.stream().map(Release::number).toList();
        Publication publication =
                Publication.compute(currentMembers(campaign), k, published, numbers, domainIds(campaign));
        Population population = publication.population();
        List<ReleaseStore.StoredSlice> slices = publication.slices();
        List<ReleaseStore.StoredMember> members = publication.members();
        LocalDate today = LocalDate.now(clock);
        Release release = new Release(
                0,
                campaign.id(),
                earlier.size() + 1,
                clock.instant(),
                publisher,
                k,
                population.members().size(),
                today.isAfter(campaign.closesOn()));
        try {
            release = store.insert(release, members, slices);
        } catch (DuplicateKeyException e) {
            throw new DisclosureException("benchmark.release.concurrent");
        }
        events.publishEvent(new BenchmarkReleased(campaign.id(), campaign.name(), release.number(), release.members()));
        return release;
    }

    /** The values ("" overall, or a domain id) whose quantiles a release published for the whole campaign. */
    private Set<String> publishedQuantiles(Release release) {
        Set<String> quantiles = new HashSet<>();
        store.slice(release.id(), SliceKey.ALL, k)
                .map(ReleaseStore.StoredSlice::lead)
                .ifPresent(all -> {
                    if (all.isShown() && all.overall().hasQuantiles()) {
                        quantiles.add("");
                    }
                    all.domains().stream()
                            .filter(cell ->
                                    cell.figures() != null && cell.figures().hasQuantiles())
                            .forEach(cell -> quantiles.add(cell.domainId()));
                });
        return quantiles;
    }

    /** One slice of a release, as partnership leads see it. */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public SliceReport slice(long releaseId, SliceKey key) {
        release(releaseId);
        return store.slice(releaseId, key, k)
                .map(ReleaseStore.StoredSlice::lead)
                .orElseGet(() -> new SliceReport(key, k, 0, Suppression.BELOW_THRESHOLD, null, List.of()));
    }

    /** Every sector of a release against every domain: the figures per cell, or why a cell is not shown. */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public Heatmap heatmap(long releaseId) {
        Release release = release(releaseId);
        CampaignRef campaign = campaign(release.campaignId());
        Map<String, SliceReport> rows = new java.util.TreeMap<>();
        SliceReport all = null;
        for (ReleaseStore.StoredSlice slice : store.sectorSlices(releaseId, k)) {
            if (slice.key().depth() == 0) {
                all = slice.lead();
            } else {
                rows.put(slice.key().sector(), slice.lead());
            }
        }
        return new Heatmap(campaign, release, domainIds(campaign), rows, all);
    }

    /**
     * The whole campaign's figures in every campaign of the same questionnaire up to this release's campaign, each from
     * its latest release (this release for its own campaign), oldest first. Campaigns without a release are left out.
     */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(long releaseId) {
        Release chosen = release(releaseId);
        CampaignRef campaign = campaign(chosen.campaignId());
        List<CampaignRef> earlier = snapshots.campaignsOf(campaign.questionnaireId()).stream()
                .filter(other -> !other.opensOn().isAfter(campaign.opensOn()))
                .toList();
        // the other campaigns' latest releases and their whole-campaign slices in one query, not two per campaign
        Map<Long, ReleaseStore.ReleaseSlice> latest = store.latestWithSlice(
                earlier.stream()
                        .map(CampaignRef::id)
                        .filter(id -> id != campaign.id())
                        .toList(),
                SliceKey.ALL,
                k);
        List<TrendPoint> points = new ArrayList<>();
        for (CampaignRef other : earlier) {
            if (other.id() == campaign.id()) {
                points.add(new TrendPoint(
                        other,
                        chosen,
                        store.slice(chosen.id(), SliceKey.ALL, k)
                                .map(ReleaseStore.StoredSlice::lead)
                                .orElseThrow()));
            } else if (latest.containsKey(other.id())) {
                ReleaseStore.ReleaseSlice found = latest.get(other.id());
                points.add(new TrendPoint(
                        other,
                        found.release(),
                        Optional.ofNullable(found.slice())
                                .map(ReleaseStore.StoredSlice::lead)
                                .orElseThrow()));
            }
        }
        return points;
    }

    /**
     * The figures of the organizations that allowed partnership leads to see them by name: those that consented when
     * the release was published and still do.
     */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public List<NamedResult> namedResults(long releaseId) {
        release(releaseId);
        List<ReleaseStore.StoredMember> named = store.members(releaseId).stream()
                .filter(m -> m.member().named())
                .toList();
        Map<Long, OrganizationSummary> consenting =
                consenting(named.stream().map(m -> m.member().organizationId()).toList());
        return named.stream()
                .filter(m -> consenting.containsKey(m.member().organizationId()))
                .map(m -> new NamedResult(
                        consenting.get(m.member().organizationId()).name(), m.member()))
                .sorted(Comparator.comparing(NamedResult::organizationName))
                .toList();
    }

    /**
     * Where the user's organization stands in the latest release of an assessment's campaign: its own figures against
     * the sector of its submission (or the whole campaign, when the sector is not shown to operators), its percentile
     * as computed at publication, and its own trend. Groups of at least 2k only, no min or max.
     */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public OperatorBenchmark forAssessment(long assessmentId) {
        assessments.requireOwn(assessmentId); // tenancy: "not found" unless it is the user's organization's
        CampaignRef campaign = snapshots.campaignOfAssessment(assessmentId);
        OrganizationSummary organization = organizations.myOrganization();
        Optional<Release> release = store.latest(campaign.id());
        Optional<ReleaseStore.StoredMember> stored =
                release.flatMap(r -> store.memberOfAssessment(r.id(), assessmentId));
        Optional<SnapshotReader.Row> current = snapshots.snapshotOfAssessment(assessmentId);
        // in the release only with the very submission it was computed from
        boolean inRelease = stored.isPresent()
                && current.filter(
                                row -> row.snapshotId() == stored.get().member().snapshotId())
                        .isPresent();
        Population.Member own = inRelease
                ? stored.get().member()
                : current.map(BenchmarkService::member).orElse(null);
        String sectorId = own == null ? null : own.sector();
        SliceReport all = operatorSlice(release, SliceKey.ALL);
        SliceReport sector = sectorId == null
                ? new SliceReport(SliceKey.ALL, k, 0, Suppression.OPERATOR_GROUP, null, List.of())
                : operatorSlice(release, SliceKey.sector(sectorId));
        SliceReport comparison = sector.isShown() ? sector : all;
        Double percentile = inRelease ? stored.get().percentile() : null;
        Map<String, Double> domainPercentiles = inRelease ? stored.get().domainPercentiles() : Map.of();
        List<OperatorBenchmark.OwnPoint> trend = new ArrayList<>();
        Map<Long, SnapshotReader.Row> history = snapshots.snapshotsOf(organization.id(), campaign.questionnaireId());
        for (CampaignRef other : snapshots.campaignsOf(campaign.questionnaireId())) {
            SnapshotReader.Row row = history.get(other.id());
            if (row != null && !other.opensOn().isAfter(campaign.opensOn())) {
                trend.add(new OperatorBenchmark.OwnPoint(
                        other, row.overallScore(), row.overallLevel(), row.overallBand()));
            }
        }
        return new OperatorBenchmark(
                campaign,
                questionnaire(campaign),
                release.orElse(null),
                own,
                inRelease,
                sector,
                all,
                comparison,
                percentile,
                domainPercentiles,
                trend);
    }

    /**
     * The records the full data export of a campaign may contain (see {@link Microdata}); refused until the campaign
     * has a release published after its close date.
     */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public Microdata microdata(long campaignId) {
        CampaignRef campaign = campaign(campaignId);
        Release release = store.releases(campaignId).stream()
                .filter(Release::afterClose)
                .findFirst()
                .orElseThrow(() -> new DisclosureException("benchmark.export.no-final-release"));
        Map<Long, Long> currentSnapshots = snapshots.snapshotIds(campaignId);
        List<ReleaseStore.StoredMember> members = store.members(release.id());
        Map<Long, OrganizationSummary> consenting = consenting(members.stream()
                .filter(m -> m.member().named())
                .map(m -> m.member().organizationId())
                .toList());
        List<Population.Member> unchanged = new ArrayList<>();
        int changed = 0;
        for (ReleaseStore.StoredMember stored : members) {
            Population.Member m = stored.member();
            if (Long.valueOf(m.snapshotId()).equals(currentSnapshots.get(m.assessmentId()))) {
                unchanged.add(m);
            } else {
                changed++;
            }
        }
        if (changed >= 1 && changed < k) {
            // the records left out would be told apart by comparing this export with the release or another export
            throw new DisclosureException("benchmark.export.too-few-changed", changed, k);
        }
        Map<String, Long> unnamedBySector = unchanged.stream()
                .filter(m -> !consenting.containsKey(m.organizationId()))
                .collect(Collectors.groupingBy(Population.Member::sector, Collectors.counting()));
        long pooled = unnamedBySector.values().stream()
                .filter(n -> n < k)
                .mapToLong(Long::longValue)
                .sum();
        Set<String> codes = new HashSet<>();
        List<Microdata.Record> records = new ArrayList<>();
        int leftOut = 0;
        for (Population.Member m : unchanged) {
            OrganizationSummary named = consenting.get(m.organizationId());
            String sector = m.sector();
            if (named == null && unnamedBySector.get(sector) < k) {
                if (pooled < k) {
                    leftOut++;
                    continue;
                }
                sector = Microdata.OTHER_SECTORS;
            }
            records.add(
                    new Microdata.Record(m.assessmentId(), code(codes), sector, named == null ? null : named.name()));
        }
        records.sort(Comparator.comparing(Microdata.Record::code));
        Questionnaire questionnaire = questionnaire(campaign);
        Set<String> unnamedPractices = new LinkedHashSet<>();
        if (questionnaire != null) {
            questionnaire.domains().stream()
                    .flatMap(d -> d.practices().stream())
                    .filter(p -> p.condition().isEmpty())
                    .map(Practice::id)
                    .forEach(unnamedPractices::add);
        }
        return new Microdata(campaign, release, records, unnamedPractices, changed, leftOut);
    }

    // ---- publication

    private List<Population.Member> currentMembers(CampaignRef campaign) {
        List<SnapshotReader.Row> rows = snapshots.snapshots(campaign.id());
        Set<Long> consenting = consenting(
                        rows.stream().map(SnapshotReader.Row::organizationId).toList())
                .keySet();
        return rows.stream()
                // an assessment with nothing applicable has no score and no level: it is in no benchmark
                .filter(row -> row.overallScore() != null)
                .map(row -> {
                    Population.Member m = member(row);
                    return new Population.Member(
                            m.assessmentId(),
                            m.organizationId(),
                            m.snapshotId(),
                            m.sector(),
                            m.size(),
                            m.country(),
                            consenting.contains(m.organizationId()),
                            m.level(),
                            m.band(),
                            m.score(),
                            m.domains());
                })
                .toList();
    }

    private static Population.Member member(SnapshotReader.Row row) {
        Map<String, Population.Value> domains = new LinkedHashMap<>();
        row.domains()
                .forEach((id, d) -> domains.put(
                        id,
                        new Population.Value(d.applicable(), d.level() == null ? 0 : d.level(), d.band(), d.score())));
        return new Population.Member(
                row.assessmentId(),
                row.organizationId(),
                row.snapshotId(),
                row.sector(),
                row.sizeClass(),
                row.country(),
                false,
                row.overallLevel() == null ? 0 : row.overallLevel(),
                row.overallBand(),
                row.overallScore(),
                domains);
    }

    /** The organizations among these that consent to named results now, by id. */
    private Map<Long, OrganizationSummary> consenting(List<Long> organizationIds) {
        Map<Long, OrganizationSummary> result = new HashMap<>();
        organizations.findAll(organizationIds).stream()
                .filter(OrganizationSummary::shareNamedResults)
                .forEach(o -> result.put(o.id(), o));
        return result;
    }

    // ---- reading

    private SliceReport operatorSlice(Optional<Release> release, SliceKey key) {
        if (release.isEmpty()) {
            return new SliceReport(key, k, 0, Suppression.NOT_PUBLISHED, null, List.of());
        }
        return store.slice(release.get().id(), key, k)
                .map(ReleaseStore.StoredSlice::operator)
                .filter(r -> r != null)
                .orElseGet(() -> new SliceReport(key, k, 0, Suppression.OPERATOR_GROUP, null, List.of()));
    }

    private String code(Set<String> taken) {
        byte[] bytes = new byte[5];
        String code;
        do {
            random.nextBytes(bytes);
            code = "R-" + HexFormat.of().formatHex(bytes);
        } while (!taken.add(code));
        return code;
    }

    private Release release(long releaseId) {
        return store.release(releaseId).orElseThrow(() -> new DisclosureException("benchmark.release.not-found"));
    }

    private CampaignRef campaign(long campaignId) {
        return snapshots
                .campaign(campaignId)
                .orElseThrow(() -> new IllegalArgumentException("no campaign " + campaignId));
    }

    private Questionnaire questionnaire(CampaignRef campaign) {
        return questionnaires
                .find(campaign.questionnaireId(), campaign.questionnaireVersion())
                .orElse(null);
    }

    private List<String> domainIds(CampaignRef campaign) {
        Questionnaire questionnaire = questionnaire(campaign);
        return questionnaire == null
                ? List.of()
                : questionnaire.domains().stream().map(Domain::id).toList();
    }
}
