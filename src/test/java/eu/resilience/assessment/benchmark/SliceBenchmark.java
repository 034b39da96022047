package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.Application;
import eu.resilience.assessment.EmbeddedPostgresConfiguration;
import eu.resilience.assessment.demo.PopulationGenerator;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.security.CurrentUser;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Benchmark releases with 10,000 submitted assessments of the baseline: publishing a release (the disclosure rules, the
 * linear audit and the storage), publishing a second one after 500 late submissions (audited against the first), then
 * reading one slice (every domain, every figure) and the whole heatmap (all sectors x all domains) from it, warm,
 * through the secured service.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.main=eu.resilience.assessment.benchmark.SliceBenchmark -Dbenchmark=h2}
 * (or {@code -Dbenchmark=postgres}).
 */
public final class SliceBenchmark {

    private SliceBenchmark() {}

    public static void main(String[] args) {
        String database = args.length > 0 && !args[0].equals(".*") ? args[0] : "h2";
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties("server.port=0", "logging.level.root=warn");
        if (database.equals("postgres")) {
            builder.sources(EmbeddedPostgresConfiguration.class);
        } else {
            builder.properties("spring.datasource.url=jdbc:h2:mem:slices;DB_CLOSE_DELAY=-1");
        }
        try (ConfigurableApplicationContext context = builder.run()) {
            PopulationGenerator generator = PopulationGenerator.in(context);
            BenchmarkService benchmarks = context.getBean(BenchmarkService.class);
            long start = System.nanoTime();
            var organizations = generator.createOrganizations("Benchmark operator", 10_000, 11, List.of());
            long campaign = generator.createCampaign(
                    "Benchmark population",
                    "cyber-resilience-baseline",
                    "1.0",
                    LocalDate.now().minusDays(90),
                    LocalDate.now().minusDays(30));
            generator.submitGenerated(campaign, organizations, 1, false, 11);
            System.out.printf(
                    "%s: 10,000 submitted assessments generated in %d s%n",
                    database, (System.nanoTime() - start) / 1_000_000_000);
            CurrentUser.runAsSystem(Role.LEAD, () -> {
                long publish = System.nanoTime();
                Release first = benchmarks.publish(campaign);
                System.out.printf(
                        "%s: release 1 of %d submissions published in %.0f ms%n",
                        database, first.members(), (System.nanoTime() - publish) / 1e6);
                var late = generator.createOrganizations("Late operator", 500, 12, List.of());
                generator.submitGenerated(campaign, late, 1, false, 12);
                long again = System.nanoTime();
                Release release = benchmarks.publish(campaign);
                System.out.printf(
                        "%s: release 2 of %d submissions published (audited against release 1) in %.0f ms%n",
                        database, release.members(), (System.nanoTime() - again) / 1e6);
                long cold = System.nanoTime();
                benchmarks.slice(release.id(), SliceKey.ALL);
                System.out.printf(
                        "%s: first slice read from the release: %.0f ms%n", database, (System.nanoTime() - cold) / 1e6);
                List<SliceKey> keys = List.of(
                        SliceKey.ALL,
                        SliceKey.sector("energy"),
                        new SliceKey("energy", "large", null),
                        new SliceKey(null, null, "DE"),
                        new SliceKey("health", "small", "FR"));
                measure(
                        database,
                        "one slice (every domain, every figure)",
                        500,
                        () -> benchmarks.slice(release.id(), keys.get((int) (System.nanoTime() % keys.size()))));
                measure(
                        database,
                        "whole heatmap (all sectors x all domains)",
                        100,
                        () -> benchmarks.heatmap(release.id()));
            });
        }
    }

    private static void measure(String database, String what, int runs, Supplier<?> call) {
        for (int i = 0; i < 20; i++) {
            call.get();
        }
        long[] nanos = new long[runs];
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            call.get();
            nanos[i] = System.nanoTime() - start;
        }
        Arrays.sort(nanos);
        System.out.printf(
                "%s: %s, %d runs: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                database, what, runs, nanos[runs / 2] / 1e6, nanos[(int) (runs * 0.95)] / 1e6, nanos[runs - 1] / 1e6);
    }
}
