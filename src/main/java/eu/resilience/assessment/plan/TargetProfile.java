package eu.resilience.assessment.plan;

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
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;

/** A target profile as stored; {@link Target} is what the rest of the application reads. */
@Entity
@Table(name = "target_profile")
class TargetProfile {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "questionnaire_id", nullable = false)
    private String questionnaireId;

    @Column(name = "questionnaire_version", nullable = false)
    private String questionnaireVersion;

    private String sector;

    @Column(name = "size_class")
    private String sizeClass;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "target_profile_domain", joinColumns = @JoinColumn(name = "target_profile_id"))
    @MapKeyColumn(name = "domain_id")
    private Map<String, DomainColumns> domains = new HashMap<>();

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "target_profile_practice", joinColumns = @JoinColumn(name = "target_profile_id"))
    @MapKeyColumn(name = "practice_id")
    @Column(name = "minimum_option", nullable = false)
    private Map<String, String> practiceMinimums = new HashMap<>();

    @Version
    private long version;

    protected TargetProfile() {}

    TargetProfile(Target target, String createdBy, Instant createdAt) {
        this.name = target.name();
        this.questionnaireId = target.questionnaireId();
        this.questionnaireVersion = target.questionnaireVersion();
        this.sector = target.sector();
        this.sizeClass = target.sizeClass();
        this.createdBy = createdBy;
        this.createdAt = createdAt;
        target.domains().forEach((domain, value) -> domains.put(domain, new DomainColumns(value)));
        practiceMinimums.putAll(target.practiceMinimums());
    }

    Long getId() {
        return id;
    }

    Target toTarget() {
        Map<String, DomainTarget> byDomain = new HashMap<>();
        domains.forEach((domain, columns) -> byDomain.put(domain, columns.toTarget()));
        return new Target(
                id, name, questionnaireId, questionnaireVersion, sector, sizeClass, byDomain, practiceMinimums);
    }

    /** The target of one domain, as columns. */
    @Embeddable
    static class DomainColumns {

        @Column(name = "target_level")
        private Integer level;

        @Column(name = "target_band")
        private String band;

        protected DomainColumns() {}

        DomainColumns(DomainTarget target) {
            this.level = target.bandId() == null ? target.level() : null;
            this.band = target.bandId();
        }

        DomainTarget toTarget() {
            return new DomainTarget(level == null ? 0 : level, band);
        }
    }
}
