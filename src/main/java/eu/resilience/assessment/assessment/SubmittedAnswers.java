package eu.resilience.assessment.assessment;

import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Every submitted answer of a campaign, read as a stream for the partnership lead's full data export: the organization
 * by id and sector only, the answer without its free texts (comments and notes may name the organization).
 */
@Service
public class SubmittedAnswers {

    /** One submitted answer. */
    public record Row(
            long organizationId,
            String sector,
            String practiceId,
            String optionId,
            boolean notApplicable,
            boolean evidenceAvailable,
            boolean flagged) {}

    private final JdbcTemplate jdbc;

    SubmittedAnswers(JdbcTemplate jdbc) {
        this.jdbc = jdbc;
    }

    /** How many submitted answers the campaign has. */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public long count(long campaignId) {
        Long count = jdbc.queryForObject(
                """
                select count(*) from answer an join assessment a on a.id = an.assessment_id
                where a.campaign_id = ? and a.status = 'SUBMITTED'""",
                Long.class,
                campaignId);
        return count == null ? 0 : count;
    }

    /** Hands every submitted answer of the campaign to the consumer, by organization and practice, without loading all. */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public void forEach(long campaignId, Consumer<Row> consumer) {
        JdbcTemplate streaming = new JdbcTemplate(jdbc.getDataSource());
        streaming.setFetchSize(1000);
        streaming.query(
                """
                select a.organization_id, o.sector, an.practice_id, an.option_id, an.not_applicable,
                       an.evidence_available, an.flagged
                from answer an join assessment a on a.id = an.assessment_id
                join organization o on o.id = a.organization_id
                where a.campaign_id = ? and a.status = 'SUBMITTED'
                order by a.organization_id, an.practice_id""",
                rs -> {
                    consumer.accept(new Row(
                            rs.getLong(1),
                            rs.getString(2),
                            rs.getString(3),
                            rs.getString(4),
                            rs.getBoolean(5),
                            rs.getBoolean(6),
                            rs.getBoolean(7)));
                },
                campaignId);
    }
}
