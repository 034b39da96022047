package eu.resilience.assessment.assessment;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;

/**
 * The answer to one practice in one assessment. Its revision counts the saves: an edit made from a screen that showed an
 * older revision is a conflict, shown to the user and never applied silently.
 */
@Entity
@Table(name = "answer")
class Answer {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Column(name = "assessment_id", nullable = false)
    private Long assessmentId;

    @Column(name = "practice_id", nullable = false)
    private String practiceId;

    @Column(name = "option_id")
    private String optionId;

    @Column(name = "not_applicable", nullable = false)
    private boolean notApplicable;

    @Column(name = "na_justification")
    private String naJustification;

    @Column(name = "comment_text")
    private String comment;

    @Column(name = "evidence_note")
    private String evidenceNote;

    @Column(name = "evidence_available", nullable = false)
    private boolean evidenceAvailable;

    @Column(nullable = false)
    private boolean flagged;

    @Column(name = "to_reconfirm", nullable = false)
    private boolean toReconfirm;

    @Version
    private long revision;

    @Column(name = "updated_by", nullable = false)
    private String updatedBy;

    @Column(name = "updated_at", nullable = false)
    private Instant updatedAt;

    @Column(name = "origin_by")
    private String originBy;

    @Column(name = "origin_at")
    private Instant originAt;

    protected Answer() {}

    Answer(Long assessmentId, String practiceId) {
        this.assessmentId = assessmentId;
        this.practiceId = practiceId;
    }

    void apply(AnswerInput input, String username, Instant at) {
        optionId = input.notApplicable() ? null : input.optionId();
        notApplicable = input.notApplicable();
        naJustification = input.notApplicable() ? input.naJustification() : null;
        comment = input.comment();
        evidenceNote = input.evidenceNote();
        evidenceAvailable = input.evidenceAvailable();
        flagged = input.flagged();
        toReconfirm = false;
        originBy = null;
        originAt = null;
        updatedBy = username;
        updatedAt = at;
    }

    void carryOver(Answer previous, Instant at) {
        optionId = previous.optionId;
        notApplicable = previous.notApplicable;
        naJustification = previous.naJustification;
        comment = previous.comment;
        evidenceNote = previous.evidenceNote;
        evidenceAvailable = previous.evidenceAvailable;
        toReconfirm = true;
        originBy = previous.originBy != null ? previous.originBy : previous.updatedBy;
        originAt = previous.originAt != null ? previous.originAt : previous.updatedAt;
        updatedBy = previous.updatedBy;
        updatedAt = at;
    }

    AnswerState state() {
        return new AnswerState(
                practiceId,
                optionId,
                notApplicable,
                naJustification,
                comment,
                evidenceNote,
                evidenceAvailable,
                flagged,
                toReconfirm,
                revision,
                updatedBy,
                updatedAt,
                originBy,
                originAt);
    }

    Long getAssessmentId() {
        return assessmentId;
    }

    String getPracticeId() {
        return practiceId;
    }

    long getRevision() {
        return revision;
    }
}
