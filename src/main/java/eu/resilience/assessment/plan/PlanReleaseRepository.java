package eu.resilience.assessment.plan;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

interface PlanReleaseRepository extends JpaRepository<PlanRelease, Long> {

    List<PlanRelease> findAllByOrderByNumberAsc();
}
