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
 * A browser journey of the first lane: the lane's classes share one application context (the test profile's
 * in-memory database, the failsafe JVM's questionnaire folder) and run one after the other, beside the second lane
 * ({@link JourneyLaneB}) and the journeys that start processes of their own (failsafe configuration in pom.xml).
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
@Import({TestPasswordEncoderConfiguration.class, SharedSecurityContext.class})
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(JourneyLaneA.LOCK)
public @interface JourneyLaneA {

    String LOCK = "journey-lane-a";
}
