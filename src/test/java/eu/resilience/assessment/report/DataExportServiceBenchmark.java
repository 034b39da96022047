package eu.resilience.assessment.report;

import eu.resilience.assessment.Application;
import eu.resilience.assessment.EmbeddedPostgresConfiguration;
import eu.resilience.assessment.demo.PopulationGenerator;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.security.CurrentUser;
import java.io.BufferedOutputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.streaming.SXSSFSheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The full data export through the service, from a real PostgreSQL holding about 1,000,000 submitted answers, against
 * raw SXSSF writing the same cells read by the same query, in the same run and the same small heap.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.main=eu.resilience.assessment.report.DataExportServiceBenchmark -Dbenchmark.jvm=-Xmx256m}
 */
public final class DataExportServiceBenchmark {

    private static final int ORGANIZATIONS = 9_400;

    private DataExportServiceBenchmark() {}

    public static void main(String[] args) throws Exception {
        try (ConfigurableApplicationContext context = new SpringApplicationBuilder(Application.class)
                .sources(EmbeddedPostgresConfiguration.class)
                .profiles("test")
                .properties("server.port=0", "logging.level.root=warn", "resilience.demo-data=false")
                .run()) {
            PopulationGenerator generator = PopulationGenerator.in(context);
            ReportService reports = context.getBean(ReportService.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            long started = System.nanoTime();
            var organizations = generator.createOrganizations("Export operator", ORGANIZATIONS, 5, List.of());
            long campaign = generator.createCampaign(
                    "Export population",
                    "cyber-resilience-baseline",
                    "1.0",
                    LocalDate.now().minusDays(90),
                    LocalDate.now().minusDays(30));
            for (int from = 0; from < organizations.size(); from += 500) {
                generator.submitGenerated(
                        campaign,
                        organizations.subList(from, Math.min(organizations.size(), from + 500)),
                        1,
                        true,
                        5 + from);
            }
            // the export is made from the campaign's final release
            eu.resilience.assessment.security.CurrentUser.runAsSystem(
                    eu.resilience.assessment.organization.Role.LEAD,
                    () -> context.getBean(eu.resilience.assessment.benchmark.BenchmarkService.class)
                            .publish(campaign));
            long answers = jdbc.queryForObject(
                    "select count(*) from answer a join assessment s on s.id = a.assessment_id"
                            + " where s.campaign_id = ?",
                    Long.class,
                    campaign);
            System.out.printf(
                    "max heap %d MB; %,d submitted answers generated in %d s%n",
                    Runtime.getRuntime().maxMemory() >> 20, answers, (System.nanoTime() - started) / 1_000_000_000);
            Path dir = Files.createDirectories(Path.of("target", "benchmark"));
            CurrentUser.runAsSystem(Role.LEAD, () -> {
                for (int round = 1; round <= 2; round++) {
                    time(round, "raw SXSSF, same query", dir.resolve("raw-db.xlsx"), out -> raw(jdbc, campaign, out));
                    time(
                            round,
                            "data export through the service",
                            dir.resolve("export-db.xlsx"),
                            out -> reports.dataExport(campaign, Locale.ENGLISH, out, written -> {}));
                }
            });
        }
    }

    private interface Writer {
        void write(OutputStream out) throws Exception;
    }

    private static void time(int round, String what, Path file, Writer writer) {
        System.gc();
        long start = System.nanoTime();
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            writer.write(out);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
        Runtime runtime = Runtime.getRuntime();
        System.out.printf(
                "round %d, %s: %.1f s, heap in use after %d MB%n",
                round, what, (System.nanoTime() - start) / 1e9, (runtime.totalMemory() - runtime.freeMemory()) >> 20);
    }

    /** The same cells (organization id as text, sector, practice, option, N/A, evidence, flag), plain SXSSF. */
    private static void raw(JdbcTemplate jdbc, long campaign, OutputStream out) throws Exception {
        SXSSFWorkbook workbook = new SXSSFWorkbook(200);
        try {
            SXSSFSheet sheet = workbook.createSheet("Answers");
            int[] index = {0};
            JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
            streaming.setFetchSize(1000);
            org.springframework.transaction.support.TransactionTemplate transaction =
                    new org.springframework.transaction.support.TransactionTemplate(
                            new org.springframework.jdbc.datasource.DataSourceTransactionManager(jdbc.getDataSource()));
            transaction.executeWithoutResult(status -> streaming.query(
                    """
                    select s.organization_id, o.sector, a.practice_id, a.option_id, a.not_applicable,
                           a.evidence_available, a.flagged
                    from answer a join assessment s on s.id = a.assessment_id join organization o on o.id = s.organization_id
                    where s.campaign_id = ? and s.status = 'SUBMITTED' order by s.organization_id, a.practice_id""",
                    rs -> {
                        Row row = sheet.createRow(index[0]++);
                        row.createCell(0).setCellValue("ORG-" + rs.getLong(1));
                        row.createCell(1).setCellValue(rs.getString(2));
                        row.createCell(2).setCellValue(rs.getString(3));
                        row.createCell(3).setCellValue(rs.getString(4) == null ? "" : rs.getString(4));
                        row.createCell(4).setCellValue(rs.getBoolean(5) ? "yes" : "");
                        row.createCell(5).setCellValue(rs.getBoolean(6) ? "yes" : "");
                        row.createCell(6).setCellValue(rs.getBoolean(7) ? "yes" : "");
                    },
                    campaign));
            workbook.write(out);
        } finally {
            workbook.dispose();
            workbook.close();
        }
    }
}
