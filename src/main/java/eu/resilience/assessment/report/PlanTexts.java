package eu.resilience.assessment.report;

import eu.resilience.assessment.plan.PlanEntry;
import eu.resilience.assessment.plan.TargetGap;
import eu.resilience.assessment.plan.TargetTexts;
import java.util.List;
import java.util.stream.Collectors;

/** The words of the gap and plan sections, the same in the PDF, the workbook and the Word document. */
public final class PlanTexts {

    private PlanTexts() {}

    /** The gap table's header row. */
    public static List<String> gapHeader(Texts t) {
        return List.of(
                t.get("questionnaire.domain"),
                t.get("gap.target"),
                t.get("gap.now"),
                t.get("gap.status"),
                t.get("gap.closing"));
    }

    /** One row of the gap table. */
    public static List<String> gapRow(Texts t, TargetGap gap, TargetGap.DomainGap domain) {
        return List.of(
                domain.domain().id() + " " + t.in(domain.domain().title()),
                TargetTexts.target(gap.questionnaire(), domain.target(), t.locale()),
                TargetTexts.now(
                        gap.questionnaire(),
                        domain.rating(),
                        t.locale(),
                        lowest -> t.get("results.level-zero", lowest)),
                t.get(!gap.asksAnythingOf(domain) ? "gap.no-target" : domain.reached() ? "gap.reached" : "gap.missing"),
                domain.closing().stream()
                        .map(c -> c.practice().id()
                                + (c.minimum() == null
                                        ? ""
                                        : " (≥ " + t.in(c.minimum().label()) + ")"))
                        .collect(Collectors.joining(", ")));
    }

    /** The plan table's header row. */
    public static List<String> planHeader(Texts t) {
        return List.of(
                t.get("plan.practice"),
                t.get("plan.action"),
                t.get("plan.owner"),
                t.get("plan.due"),
                t.get("plan.priority"),
                t.get("plan.status"),
                t.get("plan.outcome"));
    }

    /** One row of the plan table. */
    public static List<String> planRow(Texts t, PlanEntry entry) {
        String status = t.get("plan.status." + entry.status().name())
                + (entry.dropReason() == null ? "" : ": " + entry.dropReason());
        String outcome = entry.flagged()
                ? t.get("plan.flagged")
                : entry.outcome() == null
                        ? "—"
                        : t.get("plan.outcome." + entry.outcome().name());
        return List.of(
                entry.practiceId() + " " + entry.practiceText(),
                entry.action(),
                entry.owner(),
                entry.dueOn() + (entry.overdue() ? " (" + t.get("plan.overdue") + ")" : ""),
                t.get("plan.priority." + entry.priority().name()),
                status,
                outcome);
    }
}
