package eu.resilience.assessment.organization;

import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** Organizations; used by this module's services. */
interface OrganizationRepository extends JpaRepository<Organization, Long> {
    Optional<Organization> findByName(String name);
}
