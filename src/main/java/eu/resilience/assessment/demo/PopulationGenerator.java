package eu.resilience.assessment.demo;

import eu.resilience.assessment.assessment.GeneratedHistory;
import eu.resilience.assessment.assessment.GeneratedHistory.GeneratedSubmission;
import eu.resilience.assessment.organization.OrganizationSeeding;
import eu.resilience.assessment.organization.OrganizationSeeding.NewOrganization;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.scoring.Response;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;

/**
 * Generates organizations with submitted assessments of plausible answers, for demos, tests and benchmarks: maturity
 * differs by sector and size class, higher levels are rarer, and each organization improves a little from one campaign
 * to the next. Answers are scored and stored with their snapshots by the assessment module, as a submission would.
 * A data tool, never reachable from a screen: it writes through the organization module's {@link OrganizationSeeding}
 * and the assessment module's {@link GeneratedHistory}, as the system administrator. A bean of the demo start only;
 * tests and benchmarks without the demo data get one from {@link #in(ApplicationContext)}.
 */
@Component
@DemoProfile
public class PopulationGenerator {

    /** A generated organization. */
    public record GeneratedOrganization(long id, String sector, String size, String country) {}

    private static final Map<String, Double> SECTOR_MATURITY = Map.ofEntries(
            Map.entry("banking", 0.72),
            Map.entry("financial-market-infrastructures", 0.70),
            Map.entry("digital-infrastructure", 0.66),
            Map.entry("energy", 0.58),
            Map.entry("transport", 0.50),
            Map.entry("health", 0.44),
            Map.entry("drinking-water", 0.40),
            Map.entry("space", 0.62));
    private static final Map<String, Double> SIZE_OFFSET =
            Map.of("micro", -0.16, "small", -0.08, "medium", 0.0, "large", 0.07);
    private static final String[] SECTORS = {
        "energy",
        "energy",
        "energy",
        "banking",
        "banking",
        "health",
        "health",
        "transport",
        "transport",
        "digital-infrastructure",
        "drinking-water",
        "financial-market-infrastructures"
    };
    private static final String[] SIZES = {"micro", "small", "small", "medium", "medium", "medium", "large", "large"};
    private static final String[] COUNTRIES = {"DE", "DE", "FR", "FR", "NL", "EE", "IT", "ES", "PL", "AT", "BE", "SE"};

    private final OrganizationSeeding seeding;
    private final GeneratedHistory history;

    PopulationGenerator(OrganizationSeeding seeding, GeneratedHistory history) {
        this.seeding = seeding;
        this.history = history;
    }

    /** The context's generator, or, in a context without the demo data (postgres profile), a new one on its services. */
    public static PopulationGenerator in(ApplicationContext context) {
        return context.getBeanProvider(PopulationGenerator.class)
                .getIfAvailable(() -> context.getAutowireCapableBeanFactory().createBean(PopulationGenerator.class));
    }

    /** Creates organizations with drawn profiles; {@code sectors} overrides the sector mix when not empty. */
    public List<GeneratedOrganization> createOrganizations(
            String namePrefix, int count, long seed, List<String> sectors) {
        Random random = new Random(seed);
        List<GeneratedOrganization> drawn = new ArrayList<>();
        List<NewOrganization> created = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String sector =
                    sectors.isEmpty() ? SECTORS[random.nextInt(SECTORS.length)] : sectors.get((i - 1) % sectors.size());
            String size = SIZES[random.nextInt(SIZES.length)];
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            drawn.add(new GeneratedOrganization(0, sector, size, country));
            created.add(new NewOrganization(
                    String.format("%s %04d", namePrefix, i),
                    Sector.byId(sector).orElseThrow(),
                    null,
                    SizeClass.valueOf(size.toUpperCase()),
                    country));
        }
        List<Long> ids = SystemUser.as(Role.ADMIN, () -> seeding.createOrganizations(created));
        List<GeneratedOrganization> result = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            GeneratedOrganization o = drawn.get(i);
            result.add(new GeneratedOrganization(ids.get(i), o.sector(), o.size(), o.country()));
        }
        return result;
    }

    /** Creates a campaign directly (generated history may lie in the past). */
    public long createCampaign(String name, String questionnaireId, String version, LocalDate opens, LocalDate closes) {
        return SystemUser.as(Role.ADMIN, () -> history.createCampaign(name, questionnaireId, version, opens, closes));
    }

    /**
     * Gives each organization a submitted assessment in the campaign, with generated answers and its snapshot.
     *
     * @param round 0 for the first campaign of a history, 1 for the next...: organizations improve a little each round
     * @param withAnswers false to store only the snapshots (benchmarks read nothing else), for large populations
     */
    public void submitGenerated(
            long campaignId, List<GeneratedOrganization> organizations, int round, boolean withAnswers, long seed) {
        SystemUser.as(Role.ADMIN, () -> {
            Questionnaire questionnaire = history.questionnaireOf(campaignId);
            List<GeneratedSubmission> submissions = new ArrayList<>(organizations.size());
            for (GeneratedOrganization organization : organizations) {
                submissions.add(new GeneratedSubmission(
                        organization.id(),
                        organization.sector(),
                        organization.size(),
                        organization.country(),
                        responses(questionnaire, organization, round, seed)));
            }
            history.submit(campaignId, submissions, withAnswers);
            return null;
        });
    }

    /** The generated answers of an organization: an option per practice, or not applicable now and then. */
    private static Map<String, Response> responses(
            Questionnaire questionnaire, GeneratedOrganization organization, int round, long seed) {
        Random random = new Random(seed * 31 + organization.id() * 7 + round);
        double maturity = maturity(organization, round, seed);
        Map<String, Response> responses = new HashMap<>();
        for (Practice practice : questionnaire.practices()) {
            if (practice.naAllowed() && random.nextDouble() < 0.04) {
                responses.put(practice.id(), Response.notApplicable("Not used by this operator"));
            } else {
                responses.put(
                        practice.id(),
                        Response.chosen(option(practice, maturity, random).id()));
            }
        }
        return responses;
    }

    /** An organization's latent maturity, 0-1: by sector and size, its own draw, and a little better each round. */
    private static double maturity(GeneratedOrganization organization, int round, long seed) {
        Random own = new Random(seed + organization.id() * 131);
        double base = SECTOR_MATURITY.getOrDefault(organization.sector(), 0.5)
                + SIZE_OFFSET.getOrDefault(organization.size(), 0.0)
                + own.nextGaussian() * 0.1;
        return Math.max(0.05, Math.min(0.95, base + 0.06 * round));
    }

    /** An option of the practice's scale: better for mature organizations, worse for higher levels. */
    private static ScaleOption option(Practice practice, double maturity, Random random) {
        double quality = maturity - 0.16 * Math.max(0, practice.levelRank() - 1) + random.nextGaussian() * 0.17 + 0.12;
        List<ScaleOption> options = practice.scale().options().stream()
                .sorted(Comparator.comparingDouble(ScaleOption::value))
                .toList();
        int index = (int) Math.round(Math.max(0, Math.min(1, quality)) * (options.size() - 1));
        return options.get(index);
    }
}
