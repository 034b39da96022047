package eu.resilience.assessment.architecture;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import eu.resilience.assessment.Application;
import org.junit.jupiter.api.Test;
import org.springframework.modulith.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;

/** The module structure of docs/ARCHITECTURE.md, checked. */
class ArchitectureTest {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages("eu.resilience.assessment");

    @Test
    void modulesHaveNoCyclesAndUseOnlyEachOthersPublicApi() {
        MODULES.verify();
    }

    @Test
    void everyModuleDeclaresWhichModulesItMayUse() {
        MODULES.forEach(module -> {
            String packageInfo = module.getBasePackage().getName() + ".package-info";
            ApplicationModule declared;
            try {
                declared = Class.forName(packageInfo).getAnnotation(ApplicationModule.class);
            } catch (ClassNotFoundException missing) {
                declared = null;
            }
            assertThat(declared).as("@ApplicationModule in %s", packageInfo).isNotNull();
            assertThat(declared.allowedDependencies())
                    .as("allowedDependencies of %s (docs/ARCHITECTURE.md, dependencies)", module.getIdentifier())
                    .doesNotContain(ApplicationModule.OPEN_TOKEN);
        });
    }

    @Test
    void scoringIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("..scoring..")
                .and()
                .doNotHaveSimpleName("package-info") // the module's declaration for ArchitectureTest, not code
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage(
                        "org.springframework..",
                        "jakarta.persistence..",
                        "com.vaadin..",
                        "org.hibernate..",
                        "dev.cel..")
                .because("scoring rules are pure functions, testable without any framework")
                .check(CLASSES);
    }

    @Test
    void theQuestionnaireModelIsPlainJava() {
        noClasses()
                .that()
                .resideInAPackage("eu.resilience.assessment.questionnaire")
                .and()
                .doNotHaveSimpleName("QuestionnaireService")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("jakarta.persistence..", "com.vaadin..", "dev.cel..")
                .because("the questionnaire model is read by scoring, which must stay framework-free")
                .check(CLASSES);
    }

    @Test
    void theGapToTargetAndThePlanFigureRulesArePlainJava() {
        noClasses()
                .that()
                .haveNameMatching(
                        "eu\\.resilience\\.assessment\\.plan\\.(GapCalculator|TargetGap|Target|DomainTarget|PlanDisclosure)(\\$.*)?")
                .should()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework..", "jakarta.persistence..", "com.vaadin..", "org.hibernate..")
                .because("the gap and the disclosure rules of the plan figures are pure functions, like scoring")
                .check(CLASSES);
    }

    @Test
    void onlyTheDisclosureGateReadsScoreSnapshotsForBenchmarks() {
        noClasses()
                .that()
                .resideOutsideOfPackages("eu.resilience.assessment.benchmark", "eu.resilience.assessment.assessment")
                .should()
                .callMethodWhere(
                        com.tngtech.archunit.core.domain.JavaCall.Predicates.target(
                                com.tngtech.archunit.core.domain.properties.HasOwner.Predicates.With.owner(
                                        com.tngtech.archunit.base.DescribedPredicate.describe(
                                                "SnapshotReader", owner -> owner.getName()
                                                        .equals(eu.resilience.assessment.assessment.SnapshotReader.class
                                                                .getName())))))
                .because("every benchmark figure passes the one disclosure gate, BenchmarkService (docs/DISCLOSURE.md)")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheAuditLog() {
        noClasses()
                .that()
                .resideOutsideOfPackage("eu.resilience.assessment.audit..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("eu.resilience.assessment.audit..")
                .because("the modules publish events and the audit module records them (docs/ARCHITECTURE.md)")
                .check(CLASSES);
    }

    @Test
    void nothingDependsOnTheDemo() {
        noClasses()
                .that()
                .resideOutsideOfPackage("eu.resilience.assessment.demo..")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("eu.resilience.assessment.demo..")
                .because("the demo data exists only with the demo start: production code never needs it")
                .check(CLASSES);
    }

    @Test
    void everyDemoBeanExistsOnlyWithTheDemoData() {
        classes()
                .that()
                .resideInAPackage("eu.resilience.assessment.demo..")
                .and()
                .areMetaAnnotatedWith(org.springframework.stereotype.Component.class)
                .should()
                .beAnnotatedWith(eu.resilience.assessment.demo.DemoProfile.class)
                .because("the postgres profile must create no demo bean (resilience.demo-data=false)")
                .check(CLASSES);
    }

    @Test
    void theDemoWritesOnlyThroughTheOtherModulesServices() {
        noClasses()
                .that()
                .resideInAPackage("eu.resilience.assessment.demo..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .orShould()
                .dependOnClassesThat()
                .resideInAnyPackage("org.springframework.jdbc..", "jakarta.persistence..", "java.sql..")
                .because("the demo uses the public, access-checked APIs of the modules, no repository and no SQL")
                .check(CLASSES);
    }

    @Test
    void viewsDoNotUseRepositories() {
        noClasses()
                .that()
                .resideInAPackage("..ui..")
                .should()
                .dependOnClassesThat()
                .haveSimpleNameEndingWith("Repository")
                .because("views call services, which carry transactions and security")
                .check(CLASSES);
    }

    @Test
    void noModuleUsesAnotherModulesEntities() {
        MODULES.forEach(module -> {
            String owner = module.getBasePackage().getName();
            noClasses()
                    .that()
                    .resideInAPackage("eu.resilience.assessment..")
                    .and()
                    .resideOutsideOfPackage(owner + "..")
                    .should()
                    .dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.and(
                            com.tngtech.archunit.core.domain.JavaClass.Predicates.resideInAPackage(owner + ".."),
                            com.tngtech.archunit.core.domain.properties.CanBeAnnotated.Predicates.annotatedWith(
                                    jakarta.persistence.Entity.class)))
                    .because("a module keeps another module's ids, not its entities (no JPA association across"
                            + " modules), and gets records from its services")
                    .check(CLASSES);
        });
    }

    @Test
    void repositoriesArePackagePrivate() {
        classes()
                .that()
                .areAssignableTo(org.springframework.data.repository.Repository.class)
                .and()
                .resideInAPackage("eu.resilience.assessment..")
                .should()
                .notBePublic()
                .because("another module reads a module's data through its services, as records")
                .check(CLASSES);
    }

    @Test
    void onlyScreensUseScreenClasses() {
        noClasses()
                .that()
                .resideOutsideOfPackage("..ui..")
                .and()
                .resideInAPackage("eu.resilience.assessment..")
                .and()
                // the login page is a screen that Spring Security must name (VaadinSecurityConfigurer.loginView)
                .doNotHaveFullyQualifiedName("eu.resilience.assessment.security.SecurityConfiguration")
                .should()
                .dependOnClassesThat()
                .resideInAPackage("eu.resilience.assessment..ui..")
                .because("services, reports and files are made without a screen: texts come from text.Translations,"
                        + " figures and dates from text.Formats, charts from base.chart")
                .check(CLASSES);
    }
}
