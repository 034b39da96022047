package eu.resilience.assessment.audit;

import eu.resilience.assessment.assessment.AnswerChanged;
import eu.resilience.assessment.assessment.AssessmentReopened;
import eu.resilience.assessment.assessment.AssessmentReturned;
import eu.resilience.assessment.assessment.AssessmentStatus;
import eu.resilience.assessment.assessment.AssessmentSubmitted;
import eu.resilience.assessment.scoring.Rating;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** The respondents' workflow (assessment events: answers, submission, reopening, return), in the publisher's transaction. */
@Component
class AssessmentAuditing {

    private final AuditLog audit;

    AssessmentAuditing(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(AnswerChanged e) {
        audit.record(
                "ANSWER_CHANGED",
                "assessment",
                e.assessmentId(),
                e.organizationId(),
                e.how() == null ? e.practiceId() : e.practiceId() + " " + e.how(),
                e.before(),
                e.after());
    }

    @EventListener
    void on(AssessmentSubmitted e) {
        Rating overall = e.overall();
        audit.record(
                "SUBMITTED",
                "assessment",
                e.assessmentId(),
                e.organizationId(),
                null,
                null,
                overall.isApplicable()
                        ? "level " + overall.level() + ", score " + overall.score()
                        : "not applicable: no level, no score");
    }

    @EventListener
    void on(AssessmentReopened e) {
        audit.record(
                "REOPENED",
                "assessment",
                e.assessmentId(),
                e.organizationId(),
                e.reason(),
                AssessmentStatus.SUBMITTED.name(),
                AssessmentStatus.IN_PROGRESS.name());
    }

    @EventListener
    void on(AssessmentReturned e) {
        audit.record(
                "RETURNED",
                "assessment",
                e.assessmentId(),
                e.organizationId(),
                e.message(),
                AssessmentStatus.SUBMITTED.name(),
                AssessmentStatus.RETURNED.name());
    }
}
