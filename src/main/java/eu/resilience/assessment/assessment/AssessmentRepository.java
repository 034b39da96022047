package eu.resilience.assessment.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;

interface AssessmentRepository extends JpaRepository<Assessment, Long> {

    @EntityGraph(attributePaths = {"campaign"})
    @Query("select a from Assessment a where a.id = :id")
    Optional<Assessment> findWithCampaign(long id);

    @EntityGraph(attributePaths = {"campaign"})
    List<Assessment> findByOrganizationIdOrderByIdDesc(long organizationId);

    @EntityGraph(attributePaths = {"campaign"})
    List<Assessment> findByIdIn(java.util.Collection<Long> ids);

    @EntityGraph(attributePaths = {"campaign"})
    List<Assessment> findByCampaignId(long campaignId);

    /** Every assessment's campaign and status, for the campaign list's counts in one query. */
    @Query("select new eu.resilience.assessment.assessment.CampaignStatusRow(a.campaign.id, a.id, a.status)"
            + " from Assessment a")
    List<CampaignStatusRow> statusOfEveryAssessment();

    /** The organization's latest submitted assessment of a questionnaire (any version), for carrying answers over. */
    @Query(
            """
            select a from Assessment a join a.campaign c
            where a.organizationId = :organizationId and c.questionnaireId = :questionnaireId
              and a.status = eu.resilience.assessment.assessment.AssessmentStatus.SUBMITTED
            order by a.submittedAt desc""")
    List<Assessment> findSubmitted(long organizationId, String questionnaireId);

    /** Marks an assessment started without touching its version, so that respondents saving at once never clash. */
    @Modifying
    @Query(
            """
            update Assessment a set a.status = eu.resilience.assessment.assessment.AssessmentStatus.IN_PROGRESS
            where a.id = :id and a.status = eu.resilience.assessment.assessment.AssessmentStatus.NOT_STARTED""")
    int markStarted(long id);
}
