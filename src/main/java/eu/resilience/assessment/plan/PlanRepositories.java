package eu.resilience.assessment.plan;

import java.util.Collection;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanItemRepository extends JpaRepository<PlanItem, Long> {

    List<PlanItem> findByOrganizationIdOrderByDueOnAscIdAsc(long organizationId);

    List<PlanItem> findByOrganizationIdAndQuestionnaireId(long organizationId, String questionnaireId);
}

interface PlanNoteRepository extends JpaRepository<PlanNote, Long> {

    List<PlanNote> findByPlanItemIdInOrderByIdAsc(Collection<Long> planItemIds);
}
