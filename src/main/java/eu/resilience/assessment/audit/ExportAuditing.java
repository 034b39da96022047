package eu.resilience.assessment.audit;

import eu.resilience.assessment.authoring.AuthoringTemplateExported;
import eu.resilience.assessment.authoring.QuestionnaireDraftImported;
import eu.resilience.assessment.exchange.AnsweringWorkbookExported;
import eu.resilience.assessment.notification.NotificationResent;
import eu.resilience.assessment.notification.NotificationStatus;
import eu.resilience.assessment.report.ReportExported;
import java.util.Locale;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Downloads (reports, workbooks, templates), questionnaire drafts and the outbox (report, exchange, authoring and
 * notification events), recorded in the publisher's transaction.
 */
@Component
class ExportAuditing {

    private final AuditLog audit;

    ExportAuditing(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(ReportExported e) {
        audit.record(
                "EXPORT",
                e.subject().name().toLowerCase(Locale.ROOT),
                e.subjectId(),
                e.organizationId(),
                e.kind() + " " + e.description(),
                null,
                null);
    }

    @EventListener
    void on(AnsweringWorkbookExported e) {
        audit.record(
                "EXPORT",
                "assessment",
                e.assessmentId(),
                e.organizationId(),
                "answering-xlsx " + e.campaignName(),
                null,
                null);
    }

    @EventListener
    void on(AuthoringTemplateExported e) {
        audit.record("EXPORT", "questionnaire", e.questionnaireKey(), null, "authoring template", null, null);
    }

    @EventListener
    void on(QuestionnaireDraftImported e) {
        audit.record(
                "QUESTIONNAIRE_DRAFT_IMPORTED",
                "questionnaire",
                e.questionnaireKey(),
                null,
                e.fileName() + " from " + e.uploadName(),
                null,
                null);
    }

    @EventListener
    void on(NotificationResent e) {
        audit.record(
                "NOTIFICATION_RESENT",
                "notification",
                e.notificationId(),
                null,
                e.kind() + " to " + e.recipient(),
                NotificationStatus.FAILED.name(),
                NotificationStatus.QUEUED.name());
    }
}
