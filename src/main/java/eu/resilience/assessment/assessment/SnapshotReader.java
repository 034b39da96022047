package eu.resilience.assessment.assessment;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reads the score snapshots of a campaign for the benchmark module, in one query. It applies no access rule of its own:
 * its only caller is the benchmark service, which enforces the confidentiality rules on what it derives. Each
 * assessment counts with its latest submission's snapshot, also while it is reopened or returned (so a reopen changes
 * nothing for the disclosure rules); a new submission replaces it.
 */
@Service
public class SnapshotReader {

    /** One submitted assessment's figures, as of its submission. */
    public record Row(
            long snapshotId,
            long assessmentId,
            long organizationId,
            String sector,
            String sizeClass,
            String country,
            Integer overallLevel,
            String overallBand,
            Double overallScore,
            Map<String, DomainRow> domains) {}

    /** One domain's figures in a snapshot; level null when the domain was not applicable. */
    public record DomainRow(boolean applicable, Integer level, String band, Double score) {}

    /** A campaign's population fingerprint: changes whenever a snapshot is added or removed. */
    public record Fingerprint(long count, long maxId, long idSum) {}

    private final JdbcTemplate jdbc;

    SnapshotReader(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    @Transactional(readOnly = true)
    public Fingerprint fingerprint(long campaignId) {
        return jdbc.queryForObject(
                "select count(*), coalesce(max(id), 0), coalesce(sum(id), 0) from score_snapshot where campaign_id = ?"
                        + " and superseded_at is null",
                (rs, i) -> new Fingerprint(rs.getLong(1), rs.getLong(2), rs.getLong(3)),
                campaignId);
    }

    @Transactional(readOnly = true)
    public List<Row> snapshots(long campaignId) {
        return rows("s.campaign_id = ?", campaignId);
    }

    /** The snapshot of one submitted assessment, with its domains. */
    @Transactional(readOnly = true)
    public java.util.Optional<Row> snapshotOfAssessment(long assessmentId) {
        return rows("s.assessment_id = ?", assessmentId).stream().findFirst();
    }

    /**
     * The snapshot in force of every assessment of a campaign that is submitted now (not reopened or returned, whose
     * answers may differ from it): assessment id to snapshot id.
     */
    @Transactional(readOnly = true)
    public Map<Long, Long> snapshotIds(long campaignId) {
        Map<Long, Long> ids = new java.util.HashMap<>();
        jdbc.query(
                "select s.assessment_id, s.id from score_snapshot s join assessment a on a.id = s.assessment_id"
                        + " where s.campaign_id = ? and s.superseded_at is null and a.status = 'SUBMITTED'",
                rs -> {
                    ids.put(rs.getLong(1), rs.getLong(2));
                },
                campaignId);
        return ids;
    }

    private List<Row> rows(String where, long id) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        jdbc.query(
                """
                select s.id, s.assessment_id, s.organization_id, s.sector, s.size_class, s.country, s.overall_level,
                       s.overall_band, s.overall_score, d.domain_id, d.applicable, d.level_reached, d.band, d.score
                from score_snapshot s left join score_snapshot_domain d on d.snapshot_id = s.id"""
                        + " where s.superseded_at is null and " + where + " order by s.id",
                rs -> {
                    long snapshotId = rs.getLong(1);
                    Row row = rows.get(snapshotId);
                    if (row == null) {
                        row = new Row(
                                snapshotId,
                                rs.getLong(2),
                                rs.getLong(3),
                                rs.getString(4),
                                rs.getString(5),
                                rs.getString(6),
                                rs.getObject(7, Integer.class),
                                rs.getString(8),
                                (Double) rs.getObject(9, Double.class),
                                new LinkedHashMap<>());
                        rows.put(snapshotId, row);
                    }
                    String domain = rs.getString(10);
                    if (domain != null) {
                        row.domains()
                                .put(
                                        domain,
                                        new DomainRow(
                                                rs.getBoolean(11),
                                                rs.getObject(12, Integer.class),
                                                rs.getString(13),
                                                rs.getObject(14, Double.class)));
                    }
                },
                id);
        return new ArrayList<>(rows.values());
    }

    /** A campaign as benchmarks name it. */
    public record CampaignRef(
            long id,
            String name,
            String questionnaireId,
            String questionnaireVersion,
            java.time.LocalDate opensOn,
            java.time.LocalDate closesOn) {}

    /** The campaign of an assessment. */
    @Transactional(readOnly = true)
    public CampaignRef campaignOfAssessment(long assessmentId) {
        return jdbc.queryForObject(
                """
                select c.id, c.name, c.questionnaire_id, c.questionnaire_version, c.opens_on, c.closes_on
                from assessment a join campaign c on c.id = a.campaign_id where a.id = ?""",
                this::toCampaign,
                assessmentId);
    }

    @Transactional(readOnly = true)
    public java.util.Optional<CampaignRef> campaign(long campaignId) {
        return jdbc
                .query(
                        "select id, name, questionnaire_id, questionnaire_version, opens_on, closes_on from campaign where id = ?",
                        this::toCampaign,
                        campaignId)
                .stream()
                .findFirst();
    }

    /** Every campaign of a questionnaire (any version), oldest first: the points of a trend. */
    @Transactional(readOnly = true)
    public List<CampaignRef> campaignsOf(String questionnaireId) {
        return jdbc.query(
                """
                select id, name, questionnaire_id, questionnaire_version, opens_on, closes_on from campaign
                where questionnaire_id = ? order by opens_on, id""",
                this::toCampaign,
                questionnaireId);
    }

    /** Every campaign, newest first. */
    @Transactional(readOnly = true)
    public List<CampaignRef> campaigns() {
        return jdbc.query(
                "select id, name, questionnaire_id, questionnaire_version, opens_on, closes_on from campaign"
                        + " order by opens_on desc, id desc",
                this::toCampaign);
    }

    /** The submitted overall figures of one organization in each campaign of a questionnaire, by campaign id. */
    @Transactional(readOnly = true)
    public Map<Long, Row> snapshotsOf(long organizationId, String questionnaireId) {
        Map<Long, Row> result = new LinkedHashMap<>();
        jdbc.query(
                """
                select campaign_id, assessment_id, organization_id, sector, size_class, country, overall_level,
                       overall_band, overall_score, id
                from score_snapshot where organization_id = ? and questionnaire_id = ? and superseded_at is null
                order by id""",
                rs -> {
                    result.put(
                            rs.getLong(1),
                            new Row(
                                    rs.getLong(10),
                                    rs.getLong(2),
                                    rs.getLong(3),
                                    rs.getString(4),
                                    rs.getString(5),
                                    rs.getString(6),
                                    rs.getObject(7, Integer.class),
                                    rs.getString(8),
                                    rs.getObject(9, Double.class),
                                    Map.of()));
                },
                organizationId,
                questionnaireId);
        return result;
    }

    private CampaignRef toCampaign(java.sql.ResultSet rs, int row) throws java.sql.SQLException {
        return new CampaignRef(
                rs.getLong(1),
                rs.getString(2),
                rs.getString(3),
                rs.getString(4),
                rs.getDate(5).toLocalDate(),
                rs.getDate(6).toLocalDate());
    }
}
