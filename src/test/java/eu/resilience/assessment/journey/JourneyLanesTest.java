package eu.resilience.assessment.journey;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Every journey on an application context of the failsafe JVM belongs to a lane: a journey without one would start a
 * third context, run beside the lanes with its own security context strategy, and take the JVM-global holder from
 * theirs ({@link SharedSecurityContext}).
 */
class JourneyLanesTest {

    @Test
    void everyJourneyOnAnApplicationContextBelongsToALane() {
        JavaClasses tests = new ClassFileImporter()
                .withImportOption(ImportOption.Predefined.ONLY_INCLUDE_TESTS)
                .importPackages("eu.resilience.assessment");
        classes()
                .that()
                .haveSimpleNameEndingWith("IT")
                .and()
                .areMetaAnnotatedWith(SpringBootTest.class)
                .should()
                .beMetaAnnotatedWith(JourneyLaneA.class)
                .orShould()
                .beMetaAnnotatedWith(JourneyLaneB.class)
                .check(tests);
    }
}
