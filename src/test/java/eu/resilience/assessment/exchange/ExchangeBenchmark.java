package eu.resilience.assessment.exchange;

import eu.resilience.assessment.Application;
import eu.resilience.assessment.As;
import eu.resilience.assessment.EmbeddedPostgresConfiguration;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.assessment.TestCampaigns;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The upload of a fully answered baseline workbook (104 practices visible to Nordgrid Energy, every row answered, on an
 * assessment without answers): the preview (read and check the file, nothing written) and the apply (104 answers and
 * their audit records in one transaction), through the secured services. H2 on a file database with the application's
 * URL settings, or a real PostgreSQL (fsync and synchronous_commit on). Goals: preview under 1 s, apply under 2 s.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.main=eu.resilience.assessment.exchange.ExchangeBenchmark -Dbenchmark=h2}
 * (or {@code -Dbenchmark=postgres}).
 */
public final class ExchangeBenchmark {

    private static final int WARMUP = Integer.getInteger("warmup", 5);
    private static final int RUNS = Integer.getInteger("runs", 20);

    private ExchangeBenchmark() {}

    public static void main(String[] args) throws Exception {
        String database = args.length > 0 && !args[0].equals(".*") ? args[0] : "h2";
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties("server.port=0", "logging.level.root=warn");
        if (database.equals("postgres")) {
            builder.sources(EmbeddedPostgresConfiguration.class);
        }
        String[] arguments =
                database.equals("postgres") ? new String[0] : new String[] {"--spring.datasource.url=" + h2FileUrl()};
        try (ConfigurableApplicationContext context = builder.run(arguments)) {
            ExchangeService exchange = context.getBean(ExchangeService.class);
            CampaignService campaigns = context.getBean(CampaignService.class);
            TestOrganizations organizations = context.getBean(TestOrganizations.class);
            context.getBean(AssessmentService.class);
            long[] previews = new long[RUNS];
            long[] applies = new long[RUNS];
            int rows = 0;
            for (int run = -WARMUP; run < RUNS; run++) {
                long assessment = TestCampaigns.openAssessment(
                        campaigns, organizations, "Nordgrid Energy", ExchangeContract.BASELINE);
                byte[] file = fullyAnswered(exchange, assessment);
                long start = System.nanoTime();
                Preview preview = as(() -> exchange.preview(assessment, "baseline.xlsx", file, Locale.ENGLISH));
                long previewed = System.nanoTime();
                int stored = as(() -> exchange.apply(preview, Set.of())).size();
                long applied = System.nanoTime();
                if (!preview.problems().isEmpty() || stored != preview.changes().size()) {
                    throw new IllegalStateException("unexpected preview: " + preview.problems());
                }
                rows = stored;
                if (run >= 0) {
                    previews[run] = previewed - start;
                    applies[run] = applied - previewed;
                }
            }
            System.out.printf(
                    "Upload of a fully answered baseline (%d practices), %s, %d runs after %d warm-up:%n",
                    rows, database, RUNS, WARMUP);
            print("preview (read, check, compare; nothing written)", previews);
            print("apply (one transaction, audited)", applies);
        }
    }

    /** The application's default H2 file URL (and its settings), in a new temporary folder. */
    private static String h2FileUrl() throws java.io.IOException {
        java.util.Properties defaults = new java.util.Properties();
        try (var in = ExchangeBenchmark.class.getResourceAsStream("/application.properties")) {
            defaults.load(in);
        }
        java.nio.file.Path folder = java.nio.file.Files.createTempDirectory("exchange-benchmark");
        return defaults.getProperty("spring.datasource.url").replace("./data/", folder.toAbsolutePath() + "/");
    }

    private static byte[] fullyAnswered(ExchangeService exchange, long assessment) throws Exception {
        byte[] downloaded =
                as(() -> exchange.answeringWorkbook(assessment, Locale.ENGLISH)).content();
        try (Filler filler = new Filler(downloaded)) {
            String[] options = {"Fully implemented", "Largely implemented", "Partially implemented", "Not implemented"};
            int i = 0;
            for (String id : filler.practiceIds()) {
                filler.set(id, Filler.ANSWER, options[i++ % options.length])
                        .set(id, Filler.COMMENT, "answered offline, row " + i)
                        .set(id, Filler.EVIDENCE, i % 2 == 0 ? "Yes" : "No");
            }
            return filler.bytes();
        }
    }

    private static <T> T as(Supplier<T> step) {
        return As.user("respondent", Role.RESPONDENT, step);
    }

    private static void print(String what, long[] nanos) {
        long[] sorted = nanos.clone();
        Arrays.sort(sorted);
        System.out.printf(
                "  %s: p50 %.0f ms, p95 %.0f ms, max %.0f ms%n",
                what,
                sorted[sorted.length / 2] / 1e6,
                sorted[(int) Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.95) - 1)] / 1e6,
                sorted[sorted.length - 1] / 1e6);
    }
}
