package eu.resilience.assessment.assessment;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.As;
import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import eu.resilience.assessment.questionnaire.Practice;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Two respondents saving at the same moment, on two threads: no answer is lost, no clash is silent. */
@H2Test
class ConcurrentRespondentsTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    AssessmentService assessments;

    @Autowired
    TestOrganizations organizations;

    @Test
    void simultaneousAnswersToDifferentPracticesAreAllKeptAndSameAnswerClashesAreReported() throws Exception {
        long assessment =
                TestCampaigns.openAssessment(campaigns, organizations, "Nordgrid Energy", "cyber-resilience-baseline");
        List<Practice> practices = As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment))
                .questionnaire()
                .practices()
                .stream()
                .filter(p -> p.visibleWhen() == null)
                .toList();

        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        AtomicInteger clashes = new AtomicInteger();
        List<Future<?>> work = new ArrayList<>();
        String[] users = {"respondent", "respondent2"};
        for (int u = 0; u < 2; u++) {
            String user = users[u];
            int parity = u;
            work.add(pool.submit(() -> {
                start.await();
                // each respondent answers its half, then both race for the same practice
                for (int i = parity; i < practices.size(); i += 2) {
                    String id = practices.get(i).id();
                    As.user(
                            user,
                            Role.RESPONDENT,
                            () -> assessments.saveAnswer(
                                    assessment,
                                    id,
                                    AnswerInput.empty().withOption("largely").withComment(user),
                                    -1));
                }
                try {
                    As.user(
                            user,
                            Role.RESPONDENT,
                            () -> assessments.saveAnswer(
                                    assessment, "GOV.1.1", AnswerInput.empty().withComment("race " + user), 0));
                } catch (AssessmentException.StaleAnswer clash) {
                    clashes.incrementAndGet();
                }
                return null;
            }));
        }
        start.countDown();
        for (Future<?> future : work) {
            future.get(60, TimeUnit.SECONDS);
        }
        pool.shutdown();

        AssessmentWork result = As.user("respondent", Role.RESPONDENT, () -> assessments.open(assessment));
        for (int i = 0; i < practices.size(); i++) {
            String id = practices.get(i).id();
            if (id.equals("GOV.1.1")) {
                continue;
            }
            assertThat(result.answers().get(id).comment()).as(id).isEqualTo(users[i % 2]);
        }
        // GOV.1.1 was answered at revision 0 by one respondent: exactly one of the racing saves at revision 0 wins
        assertThat(result.answers().get("GOV.1.1").comment()).startsWith("race ");
        assertThat(clashes.get()).isEqualTo(1);
    }
}
