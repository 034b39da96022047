package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.TestQuestionnaires;
import eu.resilience.assessment.scoring.Response;
import eu.resilience.assessment.scoring.ScoreCard;
import eu.resilience.assessment.scoring.ScoringEngine;
import eu.resilience.assessment.scoring.SyntheticQuestionnaire;
import java.util.HashMap;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Scoring one assessment of 356 practices in 10 domains over MIL1-MIL3, warm. Goal: at most 50 microseconds.
 * Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark=ScoringBenchmark}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@Warmup(iterations = 3, time = 2)
@Measurement(iterations = 5, time = 2)
@Fork(1)
public class ScoringBenchmark {

    private Questionnaire questionnaire;
    private Map<String, Response> responses;

    @Setup
    public void setUp() {
        questionnaire = TestQuestionnaires.parse("synthetic.yaml", SyntheticQuestionnaire.yaml(10, 356));
        Random random = new Random(42);
        String[] options = {"fully", "largely", "partially", "not-implemented"};
        responses = new HashMap<>();
        for (Practice practice : questionnaire.practices()) {
            int draw = random.nextInt(20);
            if (draw == 0) {
                continue;
            }
            responses.put(
                    practice.id(),
                    draw == 1 && practice.naAllowed()
                            ? Response.notApplicable("not here")
                            : Response.chosen(options[random.nextInt(options.length)]));
        }
    }

    @Benchmark
    public ScoreCard scoreOneAssessment() {
        return ScoringEngine.score(questionnaire, responses, Set.of());
    }
}
