package eu.resilience.assessment.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface ScoreSnapshotRepository extends JpaRepository<ScoreSnapshot, Long> {

    Optional<ScoreSnapshot> findByAssessmentId(long assessmentId);

    List<ScoreSnapshot> findByCampaignId(long campaignId);

    @Modifying
    @Query(
            value =
                    "delete from score_snapshot_domain where snapshot_id in (select id from score_snapshot where assessment_id = :assessmentId)",
            nativeQuery = true)
    void deleteDomainsOf(long assessmentId);

    @Modifying
    @Query(value = "delete from score_snapshot where assessment_id = :assessmentId", nativeQuery = true)
    void deleteOf(long assessmentId);
}
