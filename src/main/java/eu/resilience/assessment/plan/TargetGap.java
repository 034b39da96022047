package eu.resilience.assessment.plan;

import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.scoring.Rating;
import java.util.List;

/** An assessment against a target profile: per domain, reached or missing, and the practices that close the gap. */
public record TargetGap(Questionnaire questionnaire, Target target, List<DomainGap> domains) {

    /** The domains that miss their target. */
    public List<DomainGap> missing() {
        return domains.stream().filter(d -> !d.reached()).toList();
    }

    /** Whether the profile asks anything of the domain: a level or band, or a least option of one of its practices. */
    public boolean asksAnythingOf(DomainGap domain) {
        return domain.target() != null
                || domain.domain().practices().stream()
                        .anyMatch(p -> target.practiceMinimums().containsKey(p.id()));
    }

    /**
     * One domain against its target.
     *
     * @param target the domain's target, or null when the profile sets none for it (then only practice minimums count)
     * @param closing the practices to change to reach the target, in the order of the next steps
     */
    public record DomainGap(
            Domain domain, DomainTarget target, Rating rating, boolean reached, List<ClosingPractice> closing) {}

    /**
     * A practice that stands between a domain and its target.
     *
     * @param current the option answered now, or null when unanswered
     * @param neededLevel the level rank it is needed for (cumulative), or 0
     * @param minimum the least option the target asks of this practice, or null when only the level or band needs it
     */
    public record ClosingPractice(Practice practice, ScaleOption current, int neededLevel, ScaleOption minimum) {}
}
