package eu.resilience.assessment.journey;

import eu.resilience.assessment.SharedSecurityContext;
import eu.resilience.assessment.TestPasswordEncoderConfiguration;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A browser journey of the second lane: the lane's classes share an application context of their own, with its own
 * in-memory database (demo data of its own) and its own questionnaire folder (copied by pom.xml), and run one after
 * the other, beside the first lane ({@link JourneyLaneA}) and the journeys that start processes of their own.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
        webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {
            "spring.datasource.url=jdbc:h2:mem:journeys-lane-b;DB_CLOSE_DELAY=-1",
            "resilience.questionnaires.directory=target/test-questionnaires/journeys-b"
        })
@ActiveProfiles("test")
@Import({TestPasswordEncoderConfiguration.class, SharedSecurityContext.class})
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(JourneyLaneB.LOCK)
public @interface JourneyLaneB {

    String LOCK = "journey-lane-b";
}
