package eu.resilience.assessment.demo;

import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.AssessmentStatus;
import eu.resilience.assessment.assessment.AssessmentSummary;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.plan.DomainTarget;
import eu.resilience.assessment.plan.PlanCandidate;
import eu.resilience.assessment.plan.PlanItemForm;
import eu.resilience.assessment.plan.PlanService;
import eu.resilience.assessment.plan.PlanStatus;
import eu.resilience.assessment.plan.Priority;
import eu.resilience.assessment.plan.Target;
import eu.resilience.assessment.plan.TargetService;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * Demo targets and plan, through the secured services as the demo users would: a target for energy operators on the
 * baseline, and Nordgrid Energy's plan of two items drawn from last year's submitted baseline.
 */
@Component
@Order(250)
@DemoProfile
class DemoPlans implements ApplicationRunner {

    private final TargetService targets;
    private final PlanService plans;
    private final AssessmentService assessments;
    private final Clock clock;

    DemoPlans(TargetService targets, PlanService plans, AssessmentService assessments, Clock clock) {
        this.targets = targets;
        this.plans = plans;
        this.assessments = assessments;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        boolean fresh = SystemUser.as("lead", Role.LEAD, () -> targets.targets().isEmpty());
        if (!fresh) {
            return;
        }
        SystemUser.as(
                "lead",
                Role.LEAD,
                () -> targets.create(new Target(
                        0,
                        "Energy operators " + LocalDate.now(clock).getYear(),
                        "cyber-resilience-baseline",
                        "1.0",
                        "energy",
                        null,
                        Map.of(
                                "GOV", DomainTarget.level(2),
                                "ASSET", DomainTarget.level(2),
                                "ACCESS", DomainTarget.level(2),
                                "PROTECT", DomainTarget.level(1),
                                "VULN", DomainTarget.level(1),
                                "DETECT", DomainTarget.level(1),
                                "RESP", DomainTarget.level(2),
                                "CONT", DomainTarget.level(2),
                                "SUPPLY", DomainTarget.level(1),
                                "SHARE", DomainTarget.level(1)),
                        Map.of())));
        SystemUser.as("coordinator", Role.ORG_ADMIN, () -> {
            List<AssessmentSummary> submitted = assessments.assessmentsOfMyOrganization().stream()
                    .filter(a -> a.status() == AssessmentStatus.SUBMITTED && a.questionnaireAvailable())
                    .filter(a -> a.questionnaire().id().equals("cyber-resilience-baseline"))
                    .toList();
            if (submitted.isEmpty()) {
                return null;
            }
            long source = submitted.get(0).id();
            List<PlanCandidate> candidates = plans.candidates(source, Locale.ENGLISH);
            LocalDate today = LocalDate.now(clock);
            if (candidates.size() >= 2) {
                plans.add(
                        source,
                        item(candidates.get(0), "respondent", null, today.plusMonths(2), PlanStatus.IN_PROGRESS));
                plans.add(
                        source,
                        item(candidates.get(1), null, "IT service provider", today.plusMonths(5), PlanStatus.PLANNED));
            }
            return null;
        });
    }

    private static PlanItemForm item(
            PlanCandidate candidate, String owner, String freeOwner, LocalDate due, PlanStatus status) {
        String action = candidate.recommendation().isBlank()
                ? "Implement " + candidate.practice().id()
                : candidate.recommendation();
        return new PlanItemForm(candidate.practice().id(), action, owner, freeOwner, due, Priority.HIGH, status, null);
    }
}
