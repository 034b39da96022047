package eu.resilience.assessment.assessment;

import java.util.function.Consumer;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The submitted answers of the assessments the benchmark module's disclosure gate chose for the partnership lead's full
 * data export: the organization by id and sector only, the answer without its free texts (comments and notes may name
 * the organization).
 */
@Service
public class SubmittedAnswers {

    /** One submitted answer. */
    public record Row(
            long assessmentId,
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

    /**
     * Hands the answers of these submitted assessments to the consumer, assessment by assessment in the order given (a
     * few hundred assessments in memory at a time), by practice within each.
     */
    @PreAuthorize("hasRole('LEAD')")
    @Transactional(readOnly = true)
    public void forEachOf(java.util.List<Long> assessmentIds, Consumer<Row> consumer) {
        int chunk = 200;
        for (int from = 0; from < assessmentIds.size(); from += chunk) {
            java.util.List<Long> ids = assessmentIds.subList(from, Math.min(assessmentIds.size(), from + chunk));
            java.util.Map<Long, java.util.List<Row>> byAssessment = new java.util.HashMap<>();
            jdbc.query(
                    """
                    select a.id, a.organization_id, o.sector, an.practice_id, an.option_id, an.not_applicable,
                           an.evidence_available, an.flagged
                    from answer an join assessment a on a.id = an.assessment_id
                    join organization o on o.id = a.organization_id
                    where a.status = 'SUBMITTED' and a.id in ("""
                            + String.join(",", java.util.Collections.nCopies(ids.size(), "?"))
                            + ") order by a.id, an.practice_id",
                    rs -> {
                        Row row = row(rs);
                        byAssessment
                                .computeIfAbsent(row.assessmentId(), x -> new java.util.ArrayList<>())
                                .add(row);
                    },
                    ids.toArray());
            for (Long id : ids) {
                byAssessment.getOrDefault(id, java.util.List.of()).forEach(consumer);
            }
        }
    }

    private static Row row(java.sql.ResultSet rs) throws java.sql.SQLException {
        return new Row(
                rs.getLong(1),
                rs.getLong(2),
                rs.getString(3),
                rs.getString(4),
                rs.getString(5),
                rs.getBoolean(6),
                rs.getBoolean(7),
                rs.getBoolean(8));
    }
}
