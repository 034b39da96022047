package eu.resilience.assessment.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.boot.LazyInitializationBeanFactoryPostProcessor;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;

/**
 * The demo module's beans with the application's own configuration files: all of them in the default start, none with
 * the postgres profile (production). The beans are only defined, never created (lazy), so no database is needed.
 */
class DemoProfileTest {

    private static final List<String> DEMO_BEANS =
            List.of("demoData", "demoCampaigns", "demoHistory", "demoPlans", "demoReleases", "populationGenerator");

    @Configuration(proxyBeanMethods = false)
    @ComponentScan(basePackageClasses = PopulationGenerator.class)
    static class TheDemoModule {}

    private static ApplicationContextRunner withProfiles(String... profiles) {
        return new ApplicationContextRunner()
                .withInitializer(context -> context.getEnvironment().setActiveProfiles(profiles))
                .withInitializer(new ConfigDataApplicationContextInitializer())
                .withInitializer(context ->
                        context.addBeanFactoryPostProcessor(new LazyInitializationBeanFactoryPostProcessor()))
                .withUserConfiguration(TheDemoModule.class);
    }

    private static List<String> demoBeans(ConfigurableApplicationContext context) {
        return Arrays.stream(context.getBeanDefinitionNames())
                .filter(name -> {
                    String type =
                            context.getBeanFactory().getBeanDefinition(name).getBeanClassName();
                    return type != null
                            && type.startsWith(PopulationGenerator.class.getPackageName() + ".")
                            && !type.startsWith(DemoProfileTest.class.getName());
                })
                .toList();
    }

    @Test
    void theDefaultStartHasTheDemo() {
        withProfiles().run(context -> {
            assertThat(context.getEnvironment().getProperty("resilience.demo-data"))
                    .isEqualTo("true");
            assertThat(demoBeans(context)).containsExactlyInAnyOrderElementsOf(DEMO_BEANS);
        });
    }

    @Test
    void thePostgresProfileHasNoDemoBean() {
        withProfiles("postgres").run(context -> {
            assertThat(context).hasNotFailed();
            assertThat(context.getEnvironment().getProperty("resilience.demo-data"))
                    .isEqualTo("false");
            assertThat(demoBeans(context)).isEmpty();
        });
    }
}
