package eu.resilience.assessment.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** The assessment of one organization in one campaign. */
@Entity
public class Assessment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "campaign_id")
    private Campaign campaign;

    /** The organization's id: organization is another module, so no JPA association crosses to it. */
    @Column(name = "organization_id", nullable = false)
    private Long organizationId;

    @Enumerated(EnumType.STRING)
    @Column(nullable = false)
    private AssessmentStatus status = AssessmentStatus.NOT_STARTED;

    @Column(name = "return_message")
    private String returnMessage;

    @Column(name = "submitted_at")
    private Instant submittedAt;

    @Column(name = "submitted_by")
    private String submittedBy;

    @Column(name = "carried_over_from")
    private Long carriedOverFrom;

    /** A partnership lead's later closing day for this organization only; null when none. */
    @Column(name = "closes_on_extended")
    private LocalDate closesOnExtended;

    @Version
    private long version;

    protected Assessment() {}

    Assessment(Campaign campaign, long organizationId) {
        this.campaign = campaign;
        this.organizationId = organizationId;
    }

    void submitted(String username, Instant at) {
        status = AssessmentStatus.SUBMITTED;
        submittedAt = at;
        submittedBy = username;
        returnMessage = null;
    }

    void reopened() {
        status = AssessmentStatus.IN_PROGRESS;
    }

    void returned(String message) {
        status = AssessmentStatus.RETURNED;
        returnMessage = message;
    }

    void carriedOverFrom(Long previousAssessmentId) {
        carriedOverFrom = previousAssessmentId;
    }

    void extendTo(LocalDate day) {
        closesOnExtended = day;
    }

    /** The last day answers may change for this organization: the campaign's closing day or its extension. */
    public LocalDate closesOn() {
        LocalDate campaignCloses = campaign.getClosesOn();
        return closesOnExtended != null && closesOnExtended.isAfter(campaignCloses) ? closesOnExtended : campaignCloses;
    }

    public LocalDate getClosesOnExtended() {
        return closesOnExtended;
    }

    public Long getId() {
        return id;
    }

    public Campaign getCampaign() {
        return campaign;
    }

    public long getOrganizationId() {
        return organizationId;
    }

    public AssessmentStatus getStatus() {
        return status;
    }

    public String getReturnMessage() {
        return returnMessage;
    }

    public Instant getSubmittedAt() {
        return submittedAt;
    }

    public String getSubmittedBy() {
        return submittedBy;
    }

    public Long getCarriedOverFrom() {
        return carriedOverFrom;
    }

    public long getVersion() {
        return version;
    }
}
