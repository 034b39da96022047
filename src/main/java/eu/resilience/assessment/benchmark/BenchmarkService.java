package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.SnapshotReader;
import eu.resilience.assessment.assessment.SnapshotReader.CampaignRef;
import eu.resilience.assessment.organization.Organization;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Benchmarks over the score snapshots, with the confidentiality rules of {@link Population} applied to everything it
 * returns: no slice or cell of fewer than k organizations, complementary suppression, no min or max for operators. Every
 * view, report and export gets its figures from here.
 */
@Service
public class BenchmarkService {

    /** A campaign's population, kept while the campaign's snapshots do not change (checked on every use). */
    private record Cached(SnapshotReader.Fingerprint fingerprint, Population population) {}

    private final SnapshotReader snapshots;
    private final QuestionnaireService questionnaires;
    private final AssessmentService assessments;
    private final OrganizationService organizations;
    private final int k;
    private final Map<Long, Cached> cache = new ConcurrentHashMap<>();

    BenchmarkService(
            SnapshotReader snapshots,
            QuestionnaireService questionnaires,
            AssessmentService assessments,
            OrganizationService organizations,
            @Value("${resilience.benchmark.k:5}") int k) {
        if (k < 2) {
            throw new IllegalArgumentException("resilience.benchmark.k must be at least 2, is " + k);
        }
        this.snapshots = snapshots;
        this.questionnaires = questionnaires;
        this.assessments = assessments;
        this.organizations = organizations;
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

    /** One slice of a campaign, with min and max (partnership leads). */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public SliceReport slice(long campaignId, SliceKey key) {
        return report(campaignId, key, true);
    }

    /** Every sector of the campaign against every domain: the median score per cell, or why it is suppressed. */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public Heatmap heatmap(long campaignId) {
        CampaignRef campaign = campaign(campaignId);
        Population population = population(campaignId);
        List<String> sectors = population.members().stream()
                .map(Population.Member::sector)
                .distinct()
                .sorted()
                .toList();
        Map<String, SliceReport> rows = new LinkedHashMap<>();
        for (String sector : sectors) {
            rows.put(sector, report(campaign, population, SliceKey.sector(sector), true));
        }
        return new Heatmap(campaign, domainIds(campaign), rows, report(campaign, population, SliceKey.ALL, true));
    }

    /** The whole campaign's median in every campaign of the same questionnaire, oldest first (domains matched by id). */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public List<TrendPoint> trend(long campaignId) {
        CampaignRef campaign = campaign(campaignId);
        List<TrendPoint> points = new ArrayList<>();
        for (CampaignRef other : snapshots.campaignsOf(campaign.questionnaireId())) {
            if (!other.opensOn().isAfter(campaign.opensOn())) {
                points.add(new TrendPoint(other, report(other, population(other.id()), SliceKey.ALL, true)));
            }
        }
        return points;
    }

    /** The figures of the organizations that allow partnership leads to see them by name. */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public List<NamedResult> namedResults(long campaignId) {
        campaign(campaignId);
        Map<Long, Organization> consenting = new LinkedHashMap<>();
        organizations.activeOrganizations().stream()
                .filter(Organization::isShareNamedResults)
                .forEach(o -> consenting.put(o.getId(), o));
        return population(campaignId).members().stream()
                .filter(m -> consenting.containsKey(m.organizationId()))
                .map(m -> new NamedResult(consenting.get(m.organizationId()).getName(), m))
                .toList();
    }

    /**
     * Where the user's organization stands: its own figures of an assessment against its sector (or, when the sector
     * slice is suppressed, the whole campaign), its percentile, and its own trend. No min or max.
     */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public OperatorBenchmark forAssessment(long assessmentId) {
        assessments.open(assessmentId); // tenancy: "not found" unless it is the user's organization's
        CampaignRef campaign = snapshots.campaignOfAssessment(assessmentId);
        Population population = population(campaign.id());
        Optional<Population.Member> own = population.members().stream()
                .filter(m -> m.assessmentId() == assessmentId)
                .findFirst();
        Organization organization = organizations.myOrganization();
        SliceKey sector = SliceKey.sector(organization.getSector().id());
        SliceReport sectorReport = report(campaign, population, sector, false);
        SliceReport allReport = report(campaign, population, SliceKey.ALL, false);
        SliceReport comparison = sectorReport.isShown() ? sectorReport : allReport;
        Double percentile = own.filter(m -> comparison.isShown() && m.score() != null)
                .map(m -> Figures.percentile(
                        scores(population.membersOf(comparison.key()), Population.Member::score), m.score()))
                .orElse(null);
        Map<String, Double> domainPercentiles = new LinkedHashMap<>();
        own.ifPresent(m -> m.domains().forEach((domainId, value) -> {
            SliceReport.Cell cell = comparison.domain(domainId);
            if (cell != null && cell.figures() != null && value.score() != null) {
                domainPercentiles.put(
                        domainId,
                        Figures.percentile(
                                scores(
                                        population.membersOf(comparison.key()),
                                        x -> x.domains().get(domainId).score()),
                                value.score()));
            }
        }));
        List<OperatorBenchmark.OwnPoint> trend = new ArrayList<>();
        Map<Long, SnapshotReader.Row> history = snapshots.snapshotsOf(organization.getId(), campaign.questionnaireId());
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
                own.orElse(null),
                sectorReport,
                allReport,
                comparison,
                percentile,
                domainPercentiles,
                trend);
    }

    // ---- figures

    private SliceReport report(long campaignId, SliceKey key, boolean withExtremes) {
        return report(campaign(campaignId), population(campaignId), key, withExtremes);
    }

    private SliceReport report(CampaignRef campaign, Population population, SliceKey key, boolean withExtremes) {
        int n = population.size(key);
        Optional<Suppression> suppression = population.suppression(key);
        if (suppression.isPresent()) {
            return new SliceReport(key, k, n, suppression.get(), null, List.of());
        }
        List<Population.Member> members = population.membersOf(key);
        Figures overall = Figures.of(scores(members, Population.Member::score), levels(members, null), withExtremes);
        List<SliceReport.Cell> cells = new ArrayList<>();
        for (String domainId : domainIds(campaign)) {
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
                            scores(members, m -> m.domains().get(domainId).score()),
                            levels(members, domainId),
                            withExtremes),
                    null));
        }
        return new SliceReport(key, k, n, null, overall, cells);
    }

    private static double[] scores(List<Population.Member> members, Function<Population.Member, Double> score) {
        return members.stream()
                .map(score)
                .filter(s -> s != null)
                .mapToDouble(Double::doubleValue)
                .toArray();
    }

    private static List<String> levels(List<Population.Member> members, String domainId) {
        return members.stream()
                .map(m -> {
                    if (domainId == null) {
                        return m.band() != null ? m.band() : String.valueOf(m.level());
                    }
                    Population.Value value = m.domains().get(domainId);
                    return value.band() != null ? value.band() : String.valueOf(value.level());
                })
                .toList();
    }

    private Population population(long campaignId) {
        SnapshotReader.Fingerprint fingerprint = snapshots.fingerprint(campaignId);
        Cached cached = cache.get(campaignId);
        if (cached != null && cached.fingerprint().equals(fingerprint)) {
            return cached.population();
        }
        List<Population.Member> members = snapshots.snapshots(campaignId).stream()
                .map(row -> {
                    Map<String, Population.Value> domains = new LinkedHashMap<>();
                    row.domains()
                            .forEach((id, d) -> domains.put(
                                    id, new Population.Value(d.applicable(), d.level(), d.band(), d.score())));
                    return new Population.Member(
                            row.assessmentId(),
                            row.organizationId(),
                            row.sector(),
                            row.sizeClass(),
                            row.country(),
                            row.overallLevel(),
                            row.overallBand(),
                            row.overallScore(),
                            domains);
                })
                .toList();
        Population population = new Population(members, k);
        cache.put(campaignId, new Cached(fingerprint, population));
        return population;
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
