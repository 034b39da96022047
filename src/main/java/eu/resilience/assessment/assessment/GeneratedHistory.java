package eu.resilience.assessment.assessment;

import eu.resilience.assessment.questionnaire.OrganizationProfile;
import eu.resilience.assessment.questionnaire.Questionnaire;
import eu.resilience.assessment.questionnaire.QuestionnaireService;
import eu.resilience.assessment.scoring.Response;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Submissions of the past written in bulk, for the demo history and the generated populations of tests and benchmarks
 * (module demo): a campaign that may lie in the past, and submitted assessments with their answers and the score
 * snapshot that a submission stores, built by the same code as {@link AssessmentService#submit}
 * ({@link SubmissionSnapshots}). No audit record, event
 * or mail. For administrators only: the demo runs it as the system administrator.
 */
@Service
public class GeneratedHistory {

    /** The answers an organization submitted (practice id to response), and its profile at submission. */
    public record GeneratedSubmission(
            long organizationId, String sector, String sizeClass, String country, Map<String, Response> responses) {}

    private final JdbcTemplate jdbc;
    private final CampaignRepository campaigns;
    private final AssessmentRepository assessments;
    private final ScoreSnapshotRepository snapshots;
    private final QuestionnaireService questionnaires;
    private final Clock clock;

    GeneratedHistory(
            JdbcTemplate jdbc,
            CampaignRepository campaigns,
            AssessmentRepository assessments,
            ScoreSnapshotRepository snapshots,
            QuestionnaireService questionnaires,
            Clock clock) {
        this.jdbc = jdbc;
        this.campaigns = campaigns;
        this.assessments = assessments;
        this.snapshots = snapshots;
        this.questionnaires = questionnaires;
        this.clock = clock;
    }

    /** Creates a campaign directly (a generated history may lie in the past), without invitations. */
    @PreAuthorize("hasRole('ADMIN')")
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

    /** The questionnaire version of a campaign. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public Questionnaire questionnaireOf(long campaignId) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        return questionnaires
                .find(campaign.getQuestionnaireId(), campaign.getQuestionnaireVersion())
                .orElseThrow();
    }

    /**
     * Gives each organization a submitted assessment in the campaign, submitted on its closing day: the practices the
     * answers hide are dropped, the rest scored and stored with the snapshot as a submission would.
     *
     * @param withAnswers false to store only the snapshots (benchmarks read nothing else), for large populations
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void submit(long campaignId, List<GeneratedSubmission> submissions, boolean withAnswers) {
        Campaign campaign = campaigns.findById(campaignId).orElseThrow();
        Questionnaire questionnaire = questionnaires
                .find(campaign.getQuestionnaireId(), campaign.getQuestionnaireVersion())
                .orElseThrow();
        Timestamp submittedAt = Timestamp.valueOf(campaign.getClosesOn().atStartOfDay());
        jdbc.batchUpdate(
                "insert into assessment (campaign_id, organization_id, status, submitted_at, submitted_by)"
                        + " values (?, ?, 'SUBMITTED', ?, 'generator')",
                submissions.stream()
                        .map(s -> new Object[] {campaignId, s.organizationId(), submittedAt})
                        .toList());
        Map<Long, Assessment> assessmentByOrganization = new HashMap<>();
        assessments
                .findByCampaignId(campaignId)
                .forEach(assessment -> assessmentByOrganization.put(assessment.getOrganizationId(), assessment));
        Instant at = submittedAt.toInstant();
        List<Object[]> answerRows = new ArrayList<>();
        for (GeneratedSubmission submission : submissions) {
            OrganizationProfile profile =
                    new OrganizationProfile(submission.sector(), submission.sizeClass(), submission.country());
            Map<String, AnswerState> answers = new LinkedHashMap<>();
            submission
                    .responses()
                    .forEach((practiceId, response) -> answers.put(practiceId, answer(practiceId, response, at)));
            Assessment assessment = assessmentByOrganization.get(submission.organizationId());
            // the snapshot as submit builds it: every answer scored, the practices they hide left out
            snapshots.save(SubmissionSnapshots.of(assessment, profile, questionnaire, answers, at));
            if (withAnswers) {
                Set<String> hidden = questionnaire.hiddenPractices(profile, AssessmentWork.optionIds(answers));
                answers.forEach((practiceId, answer) -> {
                    if (!hidden.contains(practiceId)) {
                        answerRows.add(new Object[] {
                            assessment.getId(),
                            practiceId,
                            answer.optionId(),
                            answer.notApplicable(),
                            answer.naJustification(),
                            submittedAt
                        });
                    }
                });
            }
            if (answerRows.size() > 20_000) {
                insertAnswers(answerRows);
            }
        }
        insertAnswers(answerRows);
    }

    /** A generated response as a stored answer, saved by the generator when the campaign closed. */
    private static AnswerState answer(String practiceId, Response response, Instant at) {
        return new AnswerState(
                practiceId,
                response instanceof Response.Chosen c ? c.optionId() : null,
                response instanceof Response.NotApplicable,
                response instanceof Response.NotApplicable n ? n.justification() : null,
                null,
                null,
                false,
                false,
                false,
                0,
                "generator",
                at);
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
}
