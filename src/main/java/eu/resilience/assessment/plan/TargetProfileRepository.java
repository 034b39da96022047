package eu.resilience.assessment.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface TargetProfileRepository extends JpaRepository<TargetProfile, Long> {

    List<TargetProfile> findByQuestionnaireIdAndQuestionnaireVersionOrderByIdDesc(
            String questionnaireId, String questionnaireVersion);

    List<TargetProfile> findAllByOrderByQuestionnaireIdAscNameAsc();

    boolean existsByQuestionnaireIdAndQuestionnaireVersionAndNameIgnoreCase(
            String questionnaireId, String questionnaireVersion, String name);
}
