package eu.resilience.assessment.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    Optional<Answer> findByAssessmentIdAndPracticeId(long assessmentId, String practiceId);

    List<Answer> findByAssessmentId(long assessmentId);

    List<Answer> findByAssessmentIdIn(java.util.Collection<Long> assessmentIds);
    /** Per assessment of the campaign: how many of its carried-over answers are still to re-confirm (none: absent). */
    @Query("select a.assessmentId, count(a) from Answer a where a.toReconfirm = true and a.assessmentId in"
            + " (select s.id from Assessment s where s.campaign.id = :campaignId) group by a.assessmentId")
    List<Object[]> toReconfirmByAssessment(@Param("campaignId") long campaignId);

    /** The assessments, of any campaign, with carried-over answers still to re-confirm. */
    @Query("select distinct a.assessmentId from Answer a where a.toReconfirm = true")
    List<Long> assessmentsWithAnswersToReconfirm();
}
