package eu.resilience.assessment.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;
import org.springframework.data.jpa.repository.Query;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long>, JpaSpecificationExecutor<AuditEvent> {

    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, String subjectId);

    List<AuditEvent> findTop500ByOrderByIdDesc();

    @Query("select distinct e.action from AuditEvent e order by e.action")
    List<String> distinctActions();
}
