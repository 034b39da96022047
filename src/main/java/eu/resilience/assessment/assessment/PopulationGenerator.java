package eu.resilience.assessment.assessment;

import eu.resilience.assessment.questionnaire.OrganizationProfile;
import eu.resilience.assessment.questionnaire.Practice;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.questionnaire.ScaleOption;
import eu.resilience.assessment.scoring.DomainScore;
import eu.resilience.assessment.scoring.Response;
import eu.resilience.assessment.scoring.ScoreCard;
import eu.resilience.assessment.scoring.ScoringEngine;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Generates organizations with submitted assessments of plausible answers, for demos, tests and benchmarks: maturity
 * differs by sector and size class, higher levels are rarer, and each organization improves a little from one campaign
 * to the next. Answers are scored by the real scoring engine and stored with their snapshots, as a submission would.
 * A data tool: it writes with plain SQL and is never reachable from a screen.
 */
@Service
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

    private final JdbcTemplate jdbc;
    private final QuestionnaireService questionnaires;
    private final Clock clock;

    PopulationGenerator(JdbcTemplate jdbc, QuestionnaireService questionnaires, Clock clock) {
        this.jdbc = jdbc;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    /** Creates organizations with drawn profiles; {@code sectors} overrides the sector mix when not empty. */
    @Transactional
    public List<GeneratedOrganization> createOrganizations(
            String namePrefix, int count, long seed, List<String> sectors) {
        Random random = new Random(seed);
        List<GeneratedOrganization> created = new ArrayList<>();
        for (int i = 1; i <= count; i++) {
            String sector =
                    sectors.isEmpty() ? SECTORS[random.nextInt(SECTORS.length)] : sectors.get((i - 1) % sectors.size());
            String size = SIZES[random.nextInt(SIZES.length)];
            String country = COUNTRIES[random.nextInt(COUNTRIES.length)];
            String name = String.format("%s %04d", namePrefix, i);
            GeneratedKeyHolder key = new GeneratedKeyHolder();
            jdbc.update(
                    connection -> {
                        PreparedStatement statement = connection.prepareStatement(
                                "insert into organization (name, sector, size_class, country) values (?, ?, ?, ?)",
                                new String[] {"id"});
                        statement.setString(1, name);
                        statement.setString(2, sector);
                        statement.setString(3, size.toUpperCase());
                        statement.setString(4, country);
                        return statement;
                    },
                    key);
            created.add(new GeneratedOrganization(key.getKey().longValue(), sector, size, country));
        }
        return created;
    }

    /** Creates a campaign directly (generated history may lie in the past). */
    @Transactional
    public long createCampaign(String name, String questionnaireId, String version, LocalDate opens, LocalDate closes) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            """
                    insert into campaign (name, questionnaire_id, questionnaire_version, opens_on, closes_on, created_by,
                    created_at) values (?, ?, ?, ?, ?, 'generator', ?)""",
                            new String[] {"id"});
                    statement.setString(1, name);
                    statement.setString(2, questionnaireId);
                    statement.setString(3, version);
                    statement.setDate(4, Date.valueOf(opens));
                    statement.setDate(5, Date.valueOf(closes));
                    statement.setTimestamp(6, Timestamp.from(clock.instant()));
                    return statement;
                },
                key);
        return key.getKey().longValue();
    }

    /**
     * Gives each organization a submitted assessment in the campaign, with generated answers and its snapshot.
     *
     * @param round 0 for the first campaign of a history, 1 for the next...: organizations improve a little each round
     * @param withAnswers false to store only the snapshots (benchmarks read nothing else), for large populations
     */
    @Transactional
    public void submitGenerated(
            long campaignId, List<GeneratedOrganization> organizations, int round, boolean withAnswers, long seed) {
        Map<String, Object> campaign = jdbc.queryForMap(
                "select questionnaire_id, questionnaire_version, closes_on from campaign where id = ?", campaignId);
        Questionnaire questionnaire = questionnaires
                .find((String) campaign.get("questionnaire_id"), (String) campaign.get("questionnaire_version"))
                .orElseThrow();
        Timestamp submittedAt = Timestamp.valueOf(
                ((java.sql.Date) campaign.get("closes_on")).toLocalDate().atStartOfDay());
        List<Object[]> assessmentRows = organizations.stream()
                .map(o -> new Object[] {campaignId, o.id(), submittedAt})
                .toList();
        jdbc.batchUpdate(
                "insert into assessment (campaign_id, organization_id, status, submitted_at, submitted_by)"
                        + " values (?, ?, 'SUBMITTED', ?, 'generator')",
                assessmentRows);
        Map<Long, Long> assessmentByOrganization = new HashMap<>();
        jdbc.query(
                "select organization_id, id from assessment where campaign_id = ?",
                rs -> {
                    assessmentByOrganization.put(rs.getLong(1), rs.getLong(2));
                },
                campaignId);
        List<Object[]> answerRows = new ArrayList<>();
        List<Object[]> domainRows = new ArrayList<>();
        for (GeneratedOrganization organization : organizations) {
            Random random = new Random(seed * 31 + organization.id() * 7 + round);
            double maturity = maturity(organization, round, seed);
            OrganizationProfile profile =
                    new OrganizationProfile(organization.sector(), organization.size(), organization.country());
            Map<String, Response> responses = new HashMap<>();
            Map<String, String> chosen = new HashMap<>();
            for (Practice practice : questionnaire.practices()) {
                if (practice.naAllowed() && random.nextDouble() < 0.04) {
                    responses.put(practice.id(), Response.notApplicable("Not used by this operator"));
                    chosen.put(practice.id(), "na");
                } else {
                    ScaleOption option = option(practice, maturity, random);
                    responses.put(practice.id(), Response.chosen(option.id()));
                    chosen.put(practice.id(), option.id());
                }
            }
            var hidden = questionnaire.hiddenPractices(profile, chosen);
            hidden.forEach(responses::remove);
            ScoreCard card = ScoringEngine.score(questionnaire, responses, hidden);
            long assessmentId = assessmentByOrganization.get(organization.id());
            if (withAnswers) {
                responses.forEach((practiceId, response) -> answerRows.add(new Object[] {
                    assessmentId,
                    practiceId,
                    response instanceof Response.Chosen c ? c.optionId() : null,
                    response instanceof Response.NotApplicable,
                    response instanceof Response.NotApplicable n ? n.justification() : null,
                    submittedAt
                }));
            }
            long snapshotId = insertSnapshot(campaignId, assessmentId, organization, questionnaire, card, submittedAt);
            for (DomainScore domain : card.domains()) {
                domainRows.add(new Object[] {
                    snapshotId,
                    domain.domain().id(),
                    domain.rating().isApplicable(),
                    domain.rating().levelOrNull(),
                    domain.rating().band() == null
                            ? null
                            : domain.rating().band().id(),
                    domain.rating().maturity(),
                    domain.rating().score(),
                    domain.rating().completeness()
                });
            }
            if (answerRows.size() > 20_000) {
                insertAnswers(answerRows);
            }
        }
        insertAnswers(answerRows);
        jdbc.batchUpdate(
                "insert into score_snapshot_domain (snapshot_id, domain_id, applicable, level_reached, band,"
                        + " maturity, score, completeness) values (?, ?, ?, ?, ?, ?, ?, ?)",
                domainRows);
    }

    private long insertSnapshot(
            long campaignId,
            long assessmentId,
            GeneratedOrganization organization,
            Questionnaire questionnaire,
            ScoreCard card,
            Timestamp at) {
        GeneratedKeyHolder key = new GeneratedKeyHolder();
        jdbc.update(
                connection -> {
                    PreparedStatement statement = connection.prepareStatement(
                            """
                    insert into score_snapshot (assessment_id, campaign_id, organization_id, questionnaire_id,
                    questionnaire_version, sector, size_class, country, overall_level, overall_band, overall_maturity,
                    overall_score, completeness, created_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""",
                            new String[] {"id"});
                    statement.setLong(1, assessmentId);
                    statement.setLong(2, campaignId);
                    statement.setLong(3, organization.id());
                    statement.setString(4, questionnaire.id());
                    statement.setString(5, questionnaire.version());
                    statement.setString(6, organization.sector());
                    statement.setString(7, organization.size());
                    statement.setString(8, organization.country());
                    statement.setObject(9, card.overall().levelOrNull());
                    statement.setString(
                            10,
                            card.overall().band() == null
                                    ? null
                                    : card.overall().band().id());
                    statement.setObject(11, card.overall().maturity(), java.sql.Types.DOUBLE);
                    statement.setObject(12, card.overall().score(), java.sql.Types.DOUBLE);
                    statement.setDouble(13, card.overall().completeness());
                    statement.setTimestamp(14, at);
                    return statement;
                },
                key);
        return key.getKey().longValue();
    }

    private void insertAnswers(List<Object[]> rows) {
        if (rows.isEmpty()) {
            return;
        }
        jdbc.batchUpdate(
                "insert into answer (assessment_id, practice_id, option_id, not_applicable, na_justification,"
                        + " updated_by, updated_at) values (?, ?, ?, ?, ?, 'generator', ?)",
                rows);
        rows.clear();
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
