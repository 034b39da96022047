package eu.resilience.assessment.audit;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface AuditEventRepository extends JpaRepository<AuditEvent, Long> {

    List<AuditEvent> findBySubjectTypeAndSubjectIdOrderByIdAsc(String subjectType, String subjectId);

    List<AuditEvent> findTop500ByOrderByIdDesc();
}
