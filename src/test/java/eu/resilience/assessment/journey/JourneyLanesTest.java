package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.core.annotation.AnnotatedElementUtils;

/**
 * Every journey on an application context of the failsafe JVM belongs to a lane: a journey without one would start a
 * third context, run beside the lanes with its own security context strategy, and take the JVM-global holder from
 * theirs ({@link SharedSecurityContext}).
 */
class JourneyLanesTest {

    @Test
    void everyJourneyOnAnApplicationContextBelongsToALane() {
        List<Class<?>> journeys = compiledJourneys();
        // the check sees the journeys of both kinds: on a context of the JVM, and starting processes of their own
        assertThat(journeys).contains(AssessmentJourneyIT.class, DurabilityCrashIT.class);
        assertThat(journeys.stream()
                        .filter(journey -> AnnotatedElementUtils.hasAnnotation(journey, SpringBootTest.class))
                        .filter(journey -> !AnnotatedElementUtils.hasAnnotation(journey, JourneyLaneA.class)
                                && !AnnotatedElementUtils.hasAnnotation(journey, JourneyLaneB.class)))
                .as("journeys on an application context of the failsafe JVM without a lane")
                .isEmpty();
    }

    /** The top-level classes named *IT among the compiled tests (every package), loaded without running them. */
    private static List<Class<?>> compiledJourneys() {
        Path root = testClasses();
        try (Stream<Path> files = Files.walk(root)) {
            return files.map(root::relativize)
                    .map(Path::toString)
                    .filter(name -> name.endsWith("IT.class") && !name.contains("$"))
                    .map(name -> name.substring(0, name.length() - ".class".length())
                            .replace(root.getFileSystem().getSeparator(), "."))
                    .<Class<?>>map(JourneyLanesTest::load)
                    .toList();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static Class<?> load(String name) {
        try {
            return Class.forName(name, false, JourneyLanesTest.class.getClassLoader());
        } catch (ClassNotFoundException e) {
            throw new IllegalStateException(e);
        }
    }

    private static Path testClasses() {
        try {
            return Path.of(JourneyLanesTest.class
                    .getProtectionDomain()
                    .getCodeSource()
                    .getLocation()
                    .toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
