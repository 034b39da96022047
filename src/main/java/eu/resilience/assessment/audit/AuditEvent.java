package eu.resilience.assessment.audit;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One line of the audit log; never changed once written. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "occurred_at", nullable = false)
    private Instant occurredAt;

    @Column(nullable = false)
    private String username;

    @Column(nullable = false)
    private String action;

    @Column(name = "subject_type", nullable = false)
    private String subjectType;

    @Column(name = "subject_id", nullable = false)
    private String subjectId;

    @Column(name = "organization_id")
    private Long organizationId;

    private String detail;

    @Column(name = "old_value")
    private String oldValue;

    @Column(name = "new_value")
    private String newValue;

    protected AuditEvent() {}

    AuditEvent(
            Instant occurredAt,
            String username,
            String action,
            String subjectType,
            String subjectId,
            Long organizationId,
            String detail,
            String oldValue,
            String newValue) {
        this.occurredAt = occurredAt;
        this.username = username;
        this.action = action;
        this.subjectType = subjectType;
        this.subjectId = subjectId;
        this.organizationId = organizationId;
        this.detail = clip(detail);
        this.oldValue = clip(oldValue);
        this.newValue = clip(newValue);
    }

    private static String clip(String text) {
        return text == null || text.length() <= 4000 ? text : text.substring(0, 3999) + "…";
    }

    public Long getId() {
        return id;
    }

    public Instant getOccurredAt() {
        return occurredAt;
    }

    public String getUsername() {
        return username;
    }

    public String getAction() {
        return action;
    }

    public String getSubjectType() {
        return subjectType;
    }

    public String getSubjectId() {
        return subjectId;
    }

    public Long getOrganizationId() {
        return organizationId;
    }

    public String getDetail() {
        return detail;
    }

    public String getOldValue() {
        return oldValue;
    }

    public String getNewValue() {
        return newValue;
    }
}
