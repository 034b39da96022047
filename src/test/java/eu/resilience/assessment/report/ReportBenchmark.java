package eu.resilience.assessment.report;

import eu.resilience.assessment.Application;
import eu.resilience.assessment.organization.Role;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Time to produce the reports of the demo data (a baseline of 356 practices; 74 participants in the campaign), warm,
 * through the secured service, audit record included: the company report PDF and workbook (as a respondent), the
 * partnership benchmark PDF and workbook (as a lead).
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.main=eu.resilience.assessment.report.ReportBenchmark}
 */
public final class ReportBenchmark {

    private ReportBenchmark() {}

    public static void main(String[] args) {
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties(
                        "server.port=0",
                        "logging.level.root=warn",
                        "spring.datasource.url=jdbc:h2:mem:reports;DB_CLOSE_DELAY=-1");
        try (ConfigurableApplicationContext context = builder.run()) {
            ReportService reports = context.getBean(ReportService.class);
            JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
            String campaignName = "Baseline " + (LocalDate.now().getYear() - 1);
            long campaign = jdbc.queryForObject("select id from campaign where name = ?", Long.class, campaignName);
            long assessment = jdbc.queryForObject(
                    """
                    select a.id from assessment a join organization o on o.id = a.organization_id
                    where o.name = 'Nordgrid Energy' and a.campaign_id = ?""",
                    Long.class,
                    campaign);
            as("respondent", Role.RESPONDENT);
            measure("company report PDF", 50, () -> reports.companyPdf(assessment, null, Locale.ENGLISH));
            measure("company workbook xlsx", 50, () -> reports.companyWorkbook(assessment, null, Locale.ENGLISH));
            as("lead", Role.LEAD);
            var benchmarks = context.getBean(eu.resilience.assessment.benchmark.BenchmarkService.class);
            long release = eu.resilience.assessment.As.user(
                            "lead",
                            eu.resilience.assessment.organization.Role.LEAD,
                            () -> benchmarks.releases(campaign))
                    .get(0)
                    .id();
            measure("partnership benchmark PDF", 30, () -> reports.partnershipPdf(release, null, Locale.ENGLISH));
            measure(
                    "partnership benchmark workbook xlsx",
                    30,
                    () -> reports.partnershipWorkbook(release, null, Locale.ENGLISH));
        }
    }

    private static void as(String username, Role role) {
        var security = SecurityContextHolder.createEmptyContext();
        security.setAuthentication(new UsernamePasswordAuthenticationToken(
                username, null, List.of(new SimpleGrantedAuthority("ROLE_" + role.name()))));
        SecurityContextHolder.setContext(security);
    }

    private static void measure(String what, int runs, Supplier<Report> call) {
        long cold = System.nanoTime();
        int size = call.get().content().length;
        double first = (System.nanoTime() - cold) / 1e6;
        for (int i = 0; i < 10; i++) {
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
                "%s (%d bytes): first %.0f ms; warm, %d runs: p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
                what,
                size,
                first,
                runs,
                nanos[runs / 2] / 1e6,
                nanos[(int) (runs * 0.95)] / 1e6,
                nanos[runs - 1] / 1e6);
    }
}
