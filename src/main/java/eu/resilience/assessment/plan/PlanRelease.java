package eu.resilience.assessment.plan;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.MapKeyColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** A published release of the plan figures, as stored: computed once, never recomputed. */
@Entity
@Table(name = "plan_release")
class PlanRelease {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private int number;

    @Column(name = "published_at", nullable = false)
    private Instant publishedAt;

    @Column(name = "published_by", nullable = false)
    private String publishedBy;

    @OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
    @JoinColumn(name = "plan_release_id", nullable = false)
    @OrderBy("id")
    private List<StoredCell> cells = new ArrayList<>();

    protected PlanRelease() {}

    PlanRelease(int number, Instant publishedAt, String publishedBy, List<PlanDisclosure.Cell> computed) {
        this.number = number;
        this.publishedAt = publishedAt;
        this.publishedBy = publishedBy;
        computed.forEach(cell -> cells.add(new StoredCell(cell)));
    }

    Long getId() {
        return id;
    }

    int getNumber() {
        return number;
    }

    Instant getPublishedAt() {
        return publishedAt;
    }

    List<PlanDisclosure.Cell> cells() {
        return cells.stream().map(StoredCell::toCell).toList();
    }

    /** One cell of a release. */
    @Entity
    @Table(name = "plan_release_cell")
    static class StoredCell {

        @Id
        @GeneratedValue(strategy = GenerationType.IDENTITY)
        private Long id;

        @Column(name = "questionnaire_id", nullable = false)
        private String questionnaireId;

        @Column(nullable = false)
        private String sector;

        @Column(name = "domain_id", nullable = false)
        private String domainId;

        @Column(nullable = false)
        private int organizations;

        private Integer planned;

        @Column(name = "in_progress")
        private Integer inProgress;

        private Integer done;
        private Integer dropped;
        private Integer overdue;
        private Integer followed;
        private Integer improved;
        private String suppression;

        @ElementCollection(fetch = FetchType.EAGER)
        @CollectionTable(name = "plan_release_member", joinColumns = @JoinColumn(name = "plan_release_cell_id"))
        @MapKeyColumn(name = "organization_id")
        @Column(name = "fingerprint", nullable = false)
        private Map<Long, String> members = new HashMap<>();

        protected StoredCell() {}

        StoredCell(PlanDisclosure.Cell cell) {
            this.questionnaireId = cell.key().questionnaireId();
            this.sector = cell.key().sector();
            this.domainId = cell.key().domainId();
            this.organizations = cell.organizations();
            this.suppression = cell.suppression();
            if (cell.counts() != null) {
                this.planned = cell.counts().planned();
                this.inProgress = cell.counts().inProgress();
                this.done = cell.counts().done();
                this.dropped = cell.counts().dropped();
                this.overdue = cell.counts().overdue();
                this.followed = cell.counts().followed();
                this.improved = cell.counts().improved();
            }
            this.members.putAll(cell.members());
        }

        PlanDisclosure.Cell toCell() {
            PlanDisclosure.Counts counts = planned == null
                    ? null
                    : new PlanDisclosure.Counts(planned, inProgress, done, dropped, overdue, followed, improved);
            return new PlanDisclosure.Cell(
                    new PlanDisclosure.CellKey(questionnaireId, sector, domainId),
                    organizations,
                    counts,
                    suppression,
                    Map.copyOf(members));
        }
    }
}
