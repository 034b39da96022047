package eu.resilience.assessment.assessment;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

interface AnswerRepository extends JpaRepository<Answer, Long> {

    Optional<Answer> findByAssessmentIdAndPracticeId(long assessmentId, String practiceId);

    List<Answer> findByAssessmentId(long assessmentId);

    List<Answer> findByAssessmentIdIn(java.util.Collection<Long> assessmentIds);
}
