package eu.resilience.assessment.assessment;

import eu.resilience.assessment.questionnaire.Domain;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;

/** How far an assessment is answered: visible practices answered (an option or N/A), overall and per domain. */
public record Progress(int answered, int visible, Map<String, int[]> byDomain) {

    public static Progress of(Questionnaire questionnaire, Set<String> hidden, Map<String, AnswerState> answers) {
        int answered = 0;
        int visible = 0;
        Map<String, int[]> byDomain = new LinkedHashMap<>();
        for (Domain domain : questionnaire.domains()) {
            int[] counts = new int[2];
            for (Practice practice : domain.practices()) {
                if (hidden.contains(practice.id())) {
                    continue;
                }
                counts[1]++;
                AnswerState answer = answers.get(practice.id());
                if (answer != null && answer.isAnswered()) {
                    counts[0]++;
                }
            }
            byDomain.put(domain.id(), counts);
            answered += counts[0];
            visible += counts[1];
        }
        return new Progress(answered, visible, byDomain);
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
}
