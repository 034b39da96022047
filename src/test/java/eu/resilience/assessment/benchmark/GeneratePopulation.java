package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.Application;
import eu.resilience.assessment.demo.PopulationGenerator;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The data generator: adds N generated operators, each with a submitted baseline in a new closed campaign, to the
 * application's database (by default the embedded one under ./data; stop the application first).
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.main=eu.resilience.assessment.benchmark.GeneratePopulation -Dbenchmark=200}
 */
public final class GeneratePopulation {

    private GeneratePopulation() {}

    public static void main(String[] args) {
        int count = args.length > 0 && args[0].matches("\\d+") ? Integer.parseInt(args[0]) : 100;
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .properties("server.port=0", "logging.level.root=warn")
                .run()) {
            PopulationGenerator generator = PopulationGenerator.in(context);
            String stamp = LocalDateTime.now().withNano(0).toString();
            var organizations =
                    generator.createOrganizations("Generated " + stamp, count, System.nanoTime(), List.of());
            long campaign = generator.createCampaign(
                    "Generated " + stamp,
                    "cyber-resilience-baseline",
                    "1.0",
                    LocalDate.now().minusDays(60),
                    LocalDate.now().minusDays(1));
            generator.submitGenerated(campaign, organizations, 1, true, System.nanoTime());
            System.out.printf(
                    "Generated %d operators with submitted assessments in campaign \"Generated %s\"%n", count, stamp);
        }
    }
}
