package eu.resilience.assessment.assessment;

import eu.resilience.assessment.questionnaire.OrganizationProfile;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.scoring.DomainScore;
import eu.resilience.assessment.scoring.ScoreCard;
import eu.resilience.assessment.scoring.ScoringEngine;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The score snapshot of a submission, the one way to build it (submission, demo history): the answers scored against
 * the questionnaire with the organization's profile of that day, fixed with that profile. Pure: it stores nothing.
 */
public final class SubmissionSnapshots {

    private SubmissionSnapshots() {}

    /** The snapshot of the assessment's submission at {@code at} with these answers (by practice id). */
    public static ScoreSnapshot of(
            Assessment assessment,
            OrganizationProfile profile,
            Questionnaire questionnaire,
            Map<String, AnswerState> answers,
            Instant at) {
        return of(assessment, profile, questionnaire, scoreCard(questionnaire, profile, answers), at);
    }

    /** The score card of these answers, with the practices their visibility conditions hide left out. */
    public static ScoreCard scoreCard(
            Questionnaire questionnaire, OrganizationProfile profile, Map<String, AnswerState> answers) {
        return ScoringEngine.score(
                questionnaire,
                AssessmentWork.responses(answers),
                questionnaire.hiddenPractices(profile, AssessmentWork.optionIds(answers)));
    }

    /** The snapshot of the assessment's submission at {@code at} with its score card already computed. */
    public static ScoreSnapshot of(
            Assessment assessment,
            OrganizationProfile profile,
            Questionnaire questionnaire,
            ScoreCard card,
            Instant at) {
        List<ScoreSnapshot.DomainFigures> domains = new ArrayList<>();
        for (DomainScore domain : card.domains()) {
            domains.add(new ScoreSnapshot.DomainFigures(
                    domain.domain().id(),
                    domain.rating().isApplicable(),
                    domain.rating().levelOrNull(),
                    domain.rating().band() == null
                            ? null
                            : domain.rating().band().id(),
                    domain.rating().maturity(),
                    domain.rating().score(),
                    domain.rating().completeness()));
        }
        return new ScoreSnapshot(
                assessment.getId(),
                assessment.getCampaign().getId(),
                assessment.getOrganizationId(),
                questionnaire.id(),
                questionnaire.version(),
                profile.sector(),
                profile.size(),
                profile.country(),
                card.overall().levelOrNull(),
                card.overall().band() == null ? null : card.overall().band().id(),
                card.overall().maturity(),
                card.overall().score(),
                card.overall().completeness(),
                at,
                domains);
    }
}
