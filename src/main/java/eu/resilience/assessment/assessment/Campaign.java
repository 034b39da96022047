package eu.resilience.assessment.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/** A campaign run by a partnership lead: one questionnaire version, open between two dates, for invited organizations. */
@Entity
public class Campaign {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(nullable = false)
    private String name;

    @Column(name = "questionnaire_id", nullable = false)
    private String questionnaireId;

    @Column(name = "questionnaire_version", nullable = false)
    private String questionnaireVersion;

    @Column(name = "opens_on", nullable = false)
    private LocalDate opensOn;

    @Column(name = "closes_on", nullable = false)
    private LocalDate closesOn;

    @Column(name = "created_by", nullable = false)
    private String createdBy;

    @Column(name = "created_at", nullable = false)
    private Instant createdAt;

    /** Days before the closing day on which the organizations that have not submitted are reminded, e.g. "14,3". */
    @Column(name = "reminder_days", nullable = false)
    private String reminderDays = "14,3";

    /** The target profile the campaign names for its participants, or null. */
    @Column(name = "target_profile_id")
    private Long targetProfileId;

    @Version
    private long version;

    protected Campaign() {}

    Campaign(
            String name,
            String questionnaireId,
            String questionnaireVersion,
            LocalDate opensOn,
            LocalDate closesOn,
            String createdBy,
            Instant createdAt) {
        this.name = name;
        this.questionnaireId = questionnaireId;
        this.questionnaireVersion = questionnaireVersion;
        this.opensOn = opensOn;
        this.closesOn = closesOn;
        this.createdBy = createdBy;
        this.createdAt = createdAt;
    }

    /** Whether answers may change on this day: from the opening day to the closing day, both included. */
    public boolean isOpenOn(LocalDate day) {
        return !day.isBefore(opensOn) && !day.isAfter(closesOn);
    }

    /** The reminder days, largest first; empty for none. */
    public java.util.List<Integer> getReminderDays() {
        if (reminderDays.isBlank()) {
            return java.util.List.of();
        }
        return java.util.Arrays.stream(reminderDays.split(","))
                .map(String::strip)
                .map(Integer::valueOf)
                .sorted(java.util.Comparator.reverseOrder())
                .toList();
    }

    void setReminderDays(java.util.List<Integer> days) {
        this.reminderDays = String.join(
                ",",
                days.stream()
                        .sorted(java.util.Comparator.reverseOrder())
                        .map(String::valueOf)
                        .toList());
    }

    public Long getTargetProfileId() {
        return targetProfileId;
    }

    void setTargetProfileId(Long targetProfileId) {
        this.targetProfileId = targetProfileId;
    }

    public Long getId() {
        return id;
    }

    public String getName() {
        return name;
    }

    public String getQuestionnaireId() {
        return questionnaireId;
    }

    public String getQuestionnaireVersion() {
        return questionnaireVersion;
    }

    public LocalDate getOpensOn() {
        return opensOn;
    }

    public LocalDate getClosesOn() {
        return closesOn;
    }

    public String getCreatedBy() {
        return createdBy;
    }

    public Instant getCreatedAt() {
        return createdAt;
    }
}
