package eu.resilience.assessment.plan;

import eu.resilience.assessment.questionnaire.Band;
import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.questionnaire.ScoringMethod;
import eu.resilience.assessment.scoring.DomainScore;
import eu.resilience.assessment.scoring.Rating;
import eu.resilience.assessment.scoring.ScoreCard;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The gap between a score card and a target profile. Pure Java on the questionnaire model and the score card, like
 * scoring:
 *
 * <ul>
 *   <li>cumulative: a domain reaches its target level n iff its level is at least n; the practices that close the gap are
 *       the applicable practices of level &lt;= n not answered with an achieved option;
 *   <li>averaged: a domain reaches its target band iff its maturity is at least the band's start; the practices that
 *       close the gap are the applicable practices whose step is below that start, or unanswered;
 *   <li>a practice minimum is met when the practice is answered with an option of at least the minimum's value, or is
 *       not applicable (N/A or hidden); a domain with an unmet minimum does not reach its target.
 * </ul>
 *
 * The closing practices come in the order of the next steps: the level they are needed for (or the weakest step), then
 * the weight (highest first), the weakest answer, and questionnaire order.
 */
public final class GapCalculator {

    private static final Comparator<TargetGap.ClosingPractice> BY_PRIORITY = Comparator.comparingDouble(
                    (TargetGap.ClosingPractice c) -> -c.practice().weight())
            .thenComparingDouble(c -> c.current() == null ? -1 : c.current().value())
            .thenComparingInt(c -> c.practice().index());

    private GapCalculator() {}

    /**
     * The gap of one assessment.
     *
     * @param answers option ids by practice id, {@code "na"} for not applicable; practices without one are unanswered
     * @param hidden the practices hidden by their visibility conditions
     */
    public static TargetGap gap(ScoreCard card, Map<String, String> answers, Set<String> hidden, Target target) {
        Questionnaire questionnaire = card.questionnaire();
        boolean cumulative = questionnaire.method() == ScoringMethod.CUMULATIVE;
        List<TargetGap.DomainGap> domains = new ArrayList<>();
        for (DomainScore score : card.domains()) {
            Domain domain = score.domain();
            DomainTarget domainTarget = target.domains().get(domain.id());
            List<TargetGap.ClosingPractice> closing = new ArrayList<>();
            boolean reached = true;
            if (domainTarget != null && score.rating().isApplicable()) {
                if (cumulative) {
                    reached = score.rating().level() >= domainTarget.level();
                } else {
                    Optional<Band> band = band(questionnaire, domainTarget.bandId());
                    reached = band.isEmpty()
                            || questionnaire.rules().forBands(maturity(score.rating()))
                                    >= band.get().from() - 1e-9;
                }
            }
            for (Practice practice : domain.practices()) {
                String answer = answers.get(practice.id());
                if (hidden.contains(practice.id()) || ("na".equals(answer) && practice.naAllowed())) {
                    continue;
                }
                ScaleOption current =
                        answer == null ? null : practice.scale().option(answer).orElse(null);
                ScaleOption minimum = Optional.ofNullable(
                                target.practiceMinimums().get(practice.id()))
                        .flatMap(id -> practice.scale().option(id))
                        .orElse(null);
                boolean minimumMissed =
                        minimum != null && (current == null || current.value() < minimum.value() - 1e-9);
                boolean neededForTarget = !reached
                        && domainTarget != null
                        && needed(cumulative, questionnaire, domainTarget, practice, current);
                if (minimumMissed) {
                    reached = false;
                }
                if (minimumMissed || neededForTarget) {
                    closing.add(new TargetGap.ClosingPractice(
                            practice, current, cumulative ? practice.levelRank() : 0, minimumMissed ? minimum : null));
                }
            }
            closing.sort(
                    cumulative
                            ? Comparator.comparingInt(TargetGap.ClosingPractice::neededLevel)
                                    .thenComparing(BY_PRIORITY)
                            : Comparator.comparingInt((TargetGap.ClosingPractice c) -> c.current() == null
                                            ? 0
                                            : c.current().step())
                                    .thenComparing(BY_PRIORITY));
            domains.add(new TargetGap.DomainGap(domain, domainTarget, score.rating(), reached, List.copyOf(closing)));
        }
        return new TargetGap(questionnaire, target, List.copyOf(domains));
    }

    private static boolean needed(
            boolean cumulative,
            Questionnaire questionnaire,
            DomainTarget target,
            Practice practice,
            ScaleOption current) {
        if (cumulative) {
            return practice.levelRank() <= target.level() && (current == null || !current.achieved());
        }
        double threshold = band(questionnaire, target.bandId()).map(Band::from).orElse(Double.MAX_VALUE);
        return current == null || current.step() < threshold;
    }

    private static double maturity(Rating rating) {
        return rating.maturity() == null ? 0 : rating.maturity();
    }

    private static Optional<Band> band(Questionnaire questionnaire, String bandId) {
        return questionnaire.bands().stream().filter(b -> b.id().equals(bandId)).findFirst();
    }
}
