package eu.resilience.assessment.plan;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** One action of an organization's improvement plan, as stored. */
@Entity
@Table(name = "plan_item")
class PlanItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "organization_id", nullable = false)
    private long organizationId;

    @Column(name = "questionnaire_id", nullable = false)
    private String questionnaireId;

    @Column(name = "practice_id", nullable = false)
    private String practiceId;

    @Column(nullable = false)
    private String action;

    @Column(name = "owner_username")
    private String ownerUsername;

    @Column(name = "owner_name")
    private String ownerName;

    @Column(name = "due_on", nullable = false)
    private LocalDate dueOn;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private Priority priority;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private PlanStatus status = PlanStatus.PLANNED;

    @Column(name = "drop_reason")
    private String dropReason;

    @Column(name = "source_assessment_id", nullable = false)
    private long sourceAssessmentId;

    /** The answer when the item was planned: an option id, "na", or null when unanswered. */
    @Column(name = "baseline_answer")
    private String baselineAnswer;

    @Enumerated(EnumType.STRING)
    private Outcome outcome;

    @Column(name = "outcome_assessment_id")
    private Long outcomeAssessmentId;

    @Column(name = "outcome_answer")
    private String outcomeAnswer;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Version
    private long version;

    protected PlanItem() {}

    PlanItem(
            long organizationId,
            String questionnaireId,
            String practiceId,
            long sourceAssessmentId,
            String baselineAnswer,
            String by,
            Instant at) {
        this.organizationId = organizationId;
        this.questionnaireId = questionnaireId;
        this.practiceId = practiceId;
        this.sourceAssessmentId = sourceAssessmentId;
        this.baselineAnswer = baselineAnswer;
        this.createdBy = by;
        this.createdAt = at;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void apply(PlanItemForm form, String owner, String freeOwner, String by, Instant at) {
        this.action = form.action().strip();
        this.ownerUsername = owner;
        this.ownerName = freeOwner;
        this.dueOn = form.dueOn();
        this.priority = form.priority();
        this.status = form.status();
        this.dropReason =
                form.status() == PlanStatus.DROPPED ? form.dropReason().strip() : null;
        this.updatedBy = by;
        this.updatedAt = at;
    }

    void outcome(Outcome outcome, long assessmentId, String answer) {
        this.outcome = outcome;
        this.outcomeAssessmentId = assessmentId;
        this.outcomeAnswer = answer;
    }

    /** A short form for the audit log. */
    String describe() {
        return "practice " + practiceId + "; action: " + action + "; owner: "
                + (ownerUsername != null ? ownerUsername : ownerName == null ? "-" : ownerName) + "; due " + dueOn
                + "; " + priority + "; " + status + (dropReason == null ? "" : " (" + dropReason + ")");
    }

    Long getId() {
        return id;
    }

    long getOrganizationId() {
        return organizationId;
    }

    String getQuestionnaireId() {
        return questionnaireId;
    }

    String getPracticeId() {
        return practiceId;
    }

    String getAction() {
        return action;
    }

    String getOwnerUsername() {
        return ownerUsername;
    }

    String getOwnerName() {
        return ownerName;
    }

    LocalDate getDueOn() {
        return dueOn;
    }

    Priority getPriority() {
        return priority;
    }

    PlanStatus getStatus() {
        return status;
    }

    String getDropReason() {
        return dropReason;
    }

    long getSourceAssessmentId() {
        return sourceAssessmentId;
    }

    String getBaselineAnswer() {
        return baselineAnswer;
    }

    Outcome getOutcome() {
        return outcome;
    }

    Long getOutcomeAssessmentId() {
        return outcomeAssessmentId;
    }

    String getOutcomeAnswer() {
        return outcomeAnswer;
    }

    String getUpdatedBy() {
        return updatedBy;
    }

    Instant getUpdatedAt() {
        return updatedAt;
    }
}
