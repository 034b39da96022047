package eu.resilience.assessment.audit;

import eu.resilience.assessment.assessment.CampaignCreated;
import eu.resilience.assessment.assessment.DeadlineExtended;
import eu.resilience.assessment.benchmark.BenchmarkReleased;
import eu.resilience.assessment.plan.PlanItemAdded;
import eu.resilience.assessment.plan.PlanItemChanged;
import eu.resilience.assessment.plan.PlanItemFollowed;
import eu.resilience.assessment.plan.PlanNoteAdded;
import eu.resilience.assessment.plan.PlanReleasePublished;
import eu.resilience.assessment.plan.TargetCreated;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Campaigns, benchmark releases, targets and plans (assessment, benchmark and plan events), recorded in the publisher's
 * transaction.
 */
@Component
class CampaignAuditing {

    private final AuditLog audit;

    CampaignAuditing(AuditLog audit) {
        this.audit = audit;
    }

    @EventListener
    void on(CampaignCreated e) {
        audit.record(
                "CAMPAIGN_CREATED",
                "campaign",
                e.campaignId(),
                null,
                e.name() + " (" + e.questionnaireKey() + ", " + e.opensOn() + " - " + e.closesOn() + ")",
                null,
                e.organizationIds().size() + " organizations");
    }

    @EventListener
    void on(DeadlineExtended e) {
        audit.record(
                "DEADLINE_EXTENDED",
                "assessment",
                e.assessmentId(),
                e.organizationId(),
                e.reason(),
                e.before().toString(),
                e.after().toString());
    }

    @EventListener
    void on(BenchmarkReleased e) {
        audit.record(
                "BENCHMARK_RELEASED",
                "campaign",
                e.campaignId(),
                null,
                "release " + e.number() + " of " + e.campaignName() + ", " + e.submissions() + " submissions",
                null,
                null);
    }

    @EventListener
    void on(TargetCreated e) {
        audit.record(
                "TARGET_CREATED",
                "target",
                e.targetId(),
                null,
                e.name() + " (" + e.questionnaireKey() + ", " + (e.sector() == null ? "all sectors" : e.sector()) + ", "
                        + (e.sizeClass() == null ? "all sizes" : e.sizeClass()) + ")",
                null,
                e.levels());
    }

    @EventListener
    void on(PlanItemAdded e) {
        audit.record("PLAN_ITEM_ADDED", "plan-item", e.itemId(), e.organizationId(), e.practiceId(), null, e.item());
    }

    @EventListener
    void on(PlanItemChanged e) {
        audit.record(
                "PLAN_ITEM_CHANGED",
                "plan-item",
                e.itemId(),
                e.organizationId(),
                e.practiceId(),
                e.before(),
                e.after());
    }

    @EventListener
    void on(PlanNoteAdded e) {
        audit.record("PLAN_NOTE_ADDED", "plan-item", e.itemId(), e.organizationId(), null, null, e.text());
    }

    @EventListener
    void on(PlanItemFollowed e) {
        audit.record(
                "PLAN_ITEM_FOLLOWED",
                "plan-item",
                e.itemId(),
                e.organizationId(),
                e.practiceId(),
                e.baselineAnswer(),
                e.outcome().name() + " (" + e.laterAnswer() + ", assessment " + e.assessmentId() + ")");
    }

    @EventListener
    void on(PlanReleasePublished e) {
        audit.record(
                "PLAN_RELEASE_PUBLISHED",
                "plan-release",
                e.releaseId(),
                null,
                "release " + e.number(),
                null,
                e.cellsShown() + " of " + e.cells() + " cells shown");
    }
}
