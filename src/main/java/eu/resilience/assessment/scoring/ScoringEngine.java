package eu.resilience.assessment.scoring;

import eu.resilience.assessment.questionnaire.Band;
import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Goal;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.questionnaire.ScoringMethod;
import eu.resilience.assessment.questionnaire.ScoringRules;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Scores an assessment: per goal, per domain and overall. Pure Java, no framework: the rules of questionnaires/README.md ("Scoring").
 *
 * <ul>
 *   <li>Cumulative maturity (the C2M2 rule): level n is reached iff level n-1 is reached and every applicable practice of
 *       level &lt;= n is answered with an achieved option. Unanswered and not-achieved practices block; N/A and hidden
 *       practices are not applicable. So the level is one below the lowest level that has a blocking practice. Unless
 *       the questionnaire's rules say a level whose practices are all not applicable counts as reached, such a level
 *       blocks too.
 *   <li>Nothing applicable (every practice N/A or hidden): no level, no band, no score ({@link Rating#isApplicable()}
 *       false); such a domain stays out of the overall level.
 *   <li>Score 0-100: weighted mean of option values over applicable answered practices; completeness beside it.
 *   <li>Averaged maturity: weighted mean of the steps of applicable answered practices (overall: of the practices, or
 *       the mean of the domains', as the rules say), mapped to the named bands after the rules' rounding.
 * </ul>
 */
public final class ScoringEngine {

    /** Orders blockers: most important first, then the weakest answer, then questionnaire order. */
    private static final Comparator<Blocker> BY_PRIORITY = Comparator.comparingDouble(
                    (Blocker b) -> -b.practice().weight())
            .thenComparingDouble(b -> b.current() == null ? -1 : b.current().value())
            .thenComparingInt(b -> b.practice().index());

    private ScoringEngine() {}

    /**
     * Scores the responses.
     *
     * @param responses responses by practice id; practices without one are unanswered
     * @param hidden ids of the practices hidden by their visibility conditions (not applicable)
     */
    public static ScoreCard score(Questionnaire questionnaire, Map<String, Response> responses, Set<String> hidden) {
        List<Practice> practices = questionnaire.practices();
        State[] states = new State[practices.size()];
        for (Practice practice : practices) {
            states[practice.index()] = State.of(practice, responses.get(practice.id()), hidden.contains(practice.id()));
        }
        boolean cumulative = questionnaire.method() == ScoringMethod.CUMULATIVE;
        List<DomainScore> domains = new ArrayList<>(questionnaire.domains().size());
        List<Blocker> nextSteps = new ArrayList<>();
        int lowestDomainLevel = Integer.MAX_VALUE;
        double domainMaturities = 0;
        int domainsWithMaturity = 0;
        for (Domain domain : questionnaire.domains()) {
            List<GoalScore> goals = new ArrayList<>(domain.goals().size());
            for (Goal goal : domain.goals()) {
                goals.add(new GoalScore(goal, rate(questionnaire, goal.practices(), states)));
            }
            List<Practice> domainPractices = domain.practices();
            Rating rating = rate(questionnaire, domainPractices, states);
            List<Blocker> blockers = cumulative
                    ? levelBlockers(questionnaire, domainPractices, states, rating)
                    : bandBlockers(questionnaire, domainPractices, states, rating);
            domains.add(new DomainScore(domain, rating, List.copyOf(goals), blockers));
            nextSteps.addAll(blockers);
            if (rating.isApplicable()) {
                lowestDomainLevel = Math.min(lowestDomainLevel, rating.level());
            }
            if (rating.maturity() != null) {
                domainMaturities += rating.maturity();
                domainsWithMaturity++;
            }
        }
        Rating overall = rate(questionnaire, practices, states);
        if (cumulative) {
            overall = new Rating(
                    overall.isApplicable() ? lowestDomainLevel : 0,
                    null,
                    null,
                    overall.score(),
                    overall.completeness(),
                    overall.visible(),
                    overall.notApplicable(),
                    overall.answered());
            nextSteps.sort(Comparator.comparingInt(Blocker::targetLevel).thenComparing(BY_PRIORITY));
        } else {
            if (questionnaire.rules().overall() == ScoringRules.OverallMaturity.DOMAINS && domainsWithMaturity > 0) {
                double maturity = domainMaturities / domainsWithMaturity;
                overall = new Rating(
                        0,
                        questionnaire.band(maturity).orElse(null),
                        maturity,
                        overall.score(),
                        overall.completeness(),
                        overall.visible(),
                        overall.notApplicable(),
                        overall.answered());
            }
            nextSteps.sort(Comparator.comparingInt(
                            (Blocker b) -> b.current() == null ? 0 : b.current().step())
                    .thenComparing(BY_PRIORITY));
        }
        return new ScoreCard(questionnaire, overall, List.copyOf(domains), List.copyOf(nextSteps));
    }

    private static Rating rate(Questionnaire questionnaire, List<Practice> practices, State[] states) {
        int visible = 0;
        int notApplicable = 0;
        int answered = 0;
        double weights = 0;
        double values = 0;
        double steps = 0;
        int firstBlockingLevel = Integer.MAX_VALUE;
        int levels = questionnaire.maxLevel();
        boolean[] hasPractice = new boolean[levels + 1];
        boolean[] hasApplicable = new boolean[levels + 1];
        for (Practice practice : practices) {
            State state = states[practice.index()];
            hasPractice[practice.levelRank()] = true;
            if (state.hidden) {
                continue;
            }
            visible++;
            if (state.notApplicable) {
                notApplicable++;
                continue;
            }
            hasApplicable[practice.levelRank()] = true;
            if (state.option != null) {
                answered++;
                weights += practice.weight();
                values += practice.weight() * state.option.value();
                steps += practice.weight() * state.option.step();
            }
            if (state.option == null || !state.option.achieved()) {
                firstBlockingLevel = Math.min(firstBlockingLevel, practice.levelRank());
            }
        }
        Double score = answered == 0 ? null : 100.0 * values / weights;
        double completeness = visible == 0 ? 1.0 : (double) (answered + notApplicable) / visible;
        if (questionnaire.method() == ScoringMethod.CUMULATIVE) {
            if (!questionnaire.rules().allNaLevelReached()) {
                for (int rank = 1; rank <= levels && rank < firstBlockingLevel; rank++) {
                    if (hasPractice[rank] && !hasApplicable[rank]) {
                        firstBlockingLevel = rank; // a level with nothing applicable is not reached
                    }
                }
            }
            int level = visible == notApplicable ? 0 : Math.min(levels, firstBlockingLevel - 1);
            return new Rating(level, null, null, score, completeness, visible, notApplicable, answered);
        }
        Double maturity = answered == 0 ? null : steps / weights;
        Band band = maturity == null ? null : questionnaire.band(maturity).orElse(null);
        return new Rating(0, band, maturity, score, completeness, visible, notApplicable, answered);
    }

    /** The applicable practices of the next level that are not achieved (all lower levels are, by definition). */
    private static List<Blocker> levelBlockers(
            Questionnaire questionnaire, List<Practice> practices, State[] states, Rating rating) {
        int next = rating.level() + 1;
        if (next > questionnaire.maxLevel()) {
            return List.of();
        }
        List<Blocker> blockers = new ArrayList<>();
        for (Practice practice : practices) {
            State state = states[practice.index()];
            if (state.counts() && practice.levelRank() <= next && !state.achieved()) {
                blockers.add(new Blocker(practice, next, null, state.option));
            }
        }
        blockers.sort(BY_PRIORITY);
        return List.copyOf(blockers);
    }

    /** The applicable practices whose step is below the start of the next band, or unanswered. */
    private static List<Blocker> bandBlockers(
            Questionnaire questionnaire, List<Practice> practices, State[] states, Rating rating) {
        List<Band> bands = questionnaire.bands();
        int current = rating.band() == null ? -1 : bands.indexOf(rating.band());
        Band next = current + 1 < bands.size() ? bands.get(current + 1) : null;
        if (next == null && rating.band() != null) {
            return List.of();
        }
        double threshold = next == null ? Double.MAX_VALUE : next.from();
        List<Blocker> blockers = new ArrayList<>();
        for (Practice practice : practices) {
            State state = states[practice.index()];
            if (state.counts() && (state.option == null || state.option.step() < threshold)) {
                blockers.add(new Blocker(practice, 0, next, state.option));
            }
        }
        blockers.sort(BY_PRIORITY);
        return List.copyOf(blockers);
    }

    /** One practice as scoring sees it. */
    private record State(boolean hidden, boolean notApplicable, ScaleOption option) {

        static State of(Practice practice, Response response, boolean hidden) {
            if (hidden) {
                return new State(true, false, null);
            }
            if (response instanceof Response.NotApplicable && practice.naAllowed()) {
                return new State(false, true, null);
            }
            if (response instanceof Response.Chosen chosen) {
                // an option the scale does not know counts as unanswered
                return new State(false, false, practice.scale().optionsById().get(chosen.optionId()));
            }
            return new State(false, false, null);
        }

        boolean counts() {
            return !hidden && !notApplicable;
        }

        boolean achieved() {
            return option != null && option.achieved();
        }
    }
}
