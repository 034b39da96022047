package eu.resilience.assessment.scoring;

import eu.resilience.assessment.questionnaire.Questionnaire;
import java.util.List;
import java.util.Optional;

/**
 * Everything scoring says of one assessment.
 *
 * @param overall the whole assessment; for cumulative questionnaires its level is the lowest level of the applicable
 *     domains
 * @param nextSteps the blockers of every domain, in priority order
 */
public record ScoreCard(
        Questionnaire questionnaire, Rating overall, List<DomainScore> domains, List<Blocker> nextSteps) {

    public Optional<DomainScore> domain(String domainId) {
        return domains.stream().filter(d -> d.domain().id().equals(domainId)).findFirst();
    }
}
