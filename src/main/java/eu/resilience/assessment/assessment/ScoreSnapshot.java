package eu.resilience.assessment.assessment;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * The figures of a submitted assessment, fixed at submission with the organization's profile of that day: what
 * benchmarks read (never the raw answers). An assessment keeps every submission's snapshot: a reopen or return keeps
 * the latest in force, a new submission marks it superseded.
 */
@Entity
@Table(name = "score_snapshot")
public class ScoreSnapshot {

    /** The figures of one domain. */
    @Embeddable
    public record DomainFigures(
            @Column(name = "domain_id") String domainId,
            @Column(name = "applicable") boolean applicable,
            @Column(name = "level_reached") Integer level,
            @Column(name = "band") String band,
            @Column(name = "maturity") Double maturity,
            @Column(name = "score") Double score,
            @Column(name = "completeness") double completeness) {}

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Column(name = "campaign_id", nullable = false)
    private Long campaignId;

    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Column(name = "questionnaire_id", nullable = false)
    private String questionnaireId;

    @Column(name = "questionnaire_version", nullable = false)
    private String questionnaireVersion;

    @Column(nullable = false)
    private String sector;

    @Column(name = "size_class", nullable = false)
    private String sizeClass;

    @Column(nullable = false)
    private String country;

    /** Null when nothing was applicable: no level. */
    @Column(name = "overall_level")
    private Integer overallLevel;

    @Column(name = "overall_band")
    private String overallBand;

    @Column(name = "overall_maturity")
    private Double overallMaturity;

    @Column(name = "overall_score")
    private Double overallScore;

    @Column(nullable = false)
    private double completeness;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** When a later submission of the same assessment replaced this one; null for the latest. */
    @Column(name = "superseded_at")
    private Instant supersededAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "score_snapshot_domain", joinColumns = @JoinColumn(name = "snapshot_id"))
    private List<DomainFigures> domains = new ArrayList<>();

    protected ScoreSnapshot() {}

    ScoreSnapshot(
            Long assessmentId,
            Long campaignId,
            Long organizationId,
            String questionnaireId,
            String questionnaireVersion,
            String sector,
            String sizeClass,
            String country,
            Integer overallLevel,
            String overallBand,
            Double overallMaturity,
            Double overallScore,
            double completeness,
            Instant createdAt,
            List<DomainFigures> domains) {
        this.assessmentId = assessmentId;
        this.campaignId = campaignId;
        this.organizationId = organizationId;
        this.questionnaireId = questionnaireId;
        this.questionnaireVersion = questionnaireVersion;
        this.sector = sector;
        this.sizeClass = sizeClass;
        this.country = country;
        this.overallLevel = overallLevel;
        this.overallBand = overallBand;
        this.overallMaturity = overallMaturity;
        this.overallScore = overallScore;
        this.completeness = completeness;
        this.createdAt = createdAt;
        this.domains = new ArrayList<>(domains);
    }

    public Long getAssessmentId() {
        return assessmentId;
    }

    public Long getCampaignId() {
        return campaignId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getQuestionnaireId() {
        return questionnaireId;
    }

    public String getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    public String getSector() {
        return sector;
    }

    public String getSizeClass() {
        return sizeClass;
    }

    public String getCountry() {
        return country;
    }

    /** The overall level, or null when nothing was applicable. */
    public Integer getOverallLevel() {
        return overallLevel;
    }

    public String getOverallBand() {
        return overallBand;
    }

    public Double getOverallMaturity() {
        return overallMaturity;
    }

    public Double getOverallScore() {
        return overallScore;
    }

    public double getCompleteness() {
        return completeness;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }

    public Instant getSupersededAt() {
        return supersededAt;
    }

    public List<DomainFigures> getDomains() {
        return List.copyOf(domains);
    }
}
