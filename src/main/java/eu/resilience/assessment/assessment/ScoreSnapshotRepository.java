package eu.resilience.assessment.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScoreSnapshotRepository extends JpaRepository<ScoreSnapshot, Long> {

    /** The latest submission's snapshot of an assessment (kept while it is reopened or returned). */
    Optional<ScoreSnapshot> findFirstByAssessmentIdOrderByIdDesc(long assessmentId);

    /** Every submission's snapshot of an assessment, oldest first. */
    List<ScoreSnapshot> findByAssessmentIdOrderByIdAsc(long assessmentId);

    /** The assessments, of any campaign, that have a submission in force. */
    @Query(value = "select distinct assessment_id from score_snapshot where superseded_at is null", nativeQuery = true)
    List<Long> submittedAssessments();

    /** The assessments of a campaign that have a submission in force. */
    @Query(
            value = "select distinct assessment_id from score_snapshot where campaign_id = :campaignId"
                    + " and superseded_at is null",
            nativeQuery = true)
    List<Long> submittedAssessmentsOf(long campaignId);

    /** Marks the assessment's snapshot in force superseded by a new submission. */
    @Modifying
    @Query(
            value = "update score_snapshot set superseded_at = :at where assessment_id = :assessmentId"
                    + " and superseded_at is null",
            nativeQuery = true)
    void supersede(long assessmentId, java.time.Instant at);
}
