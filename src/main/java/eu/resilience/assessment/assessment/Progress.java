package eu.resilience.assessment.assessment;

import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/**
 * How far an assessment is answered, overall and per domain: visible practices complete (an option, or N/A with its
 * justification; an answer carried over from an earlier campaign only once re-confirmed), and those waiting for a
 * re-confirmation.
 */
public record Progress(int answered, int visible, Map<String, int[]> byDomain, int toReconfirm) {

    public Progress(int answered, int visible, Map<String, int[]> byDomain) {
        this(answered, visible, byDomain, 0);
    }

    public static Progress of(Questionnaire questionnaire, Set<String> hidden, Map<String, AnswerState> answers) {
        int answered = 0;
        int visible = 0;
        int toReconfirm = 0;
        Map<String, int[]> byDomain = new LinkedHashMap<>();
        for (Domain domain : questionnaire.domains()) {
            int[] counts = new int[3];
            for (Practice practice : domain.practices()) {
                if (hidden.contains(practice.id())) {
                    continue;
                }
                counts[1]++;
                AnswerState answer = answers.get(practice.id());
                if (answer != null && answer.isComplete()) {
                    counts[0]++;
                }
                if (answer != null && answer.toReconfirm()) {
                    counts[2]++;
                }
            }
            byDomain.put(domain.id(), counts);
            answered += counts[0];
            visible += counts[1];
            toReconfirm += counts[2];
        }
        return new Progress(answered, visible, byDomain, toReconfirm);
    }

    /** Share answered, 0-1; an assessment with nothing to answer is complete. */
    public double fraction() {
        return visible == 0 ? 1.0 : (double) answered / visible;
    }

    public int answeredIn(String domainId) {
        return byDomain.getOrDefault(domainId, new int[2])[0];
    }

    public int visibleIn(String domainId) {
        return byDomain.getOrDefault(domainId, new int[2])[1];
    }

    /** Carried-over answers of the domain not yet re-confirmed. */
    public int toReconfirmIn(String domainId) {
        int[] counts = byDomain.getOrDefault(domainId, new int[3]);
        return counts.length > 2 ? counts[2] : 0;
    }
}
