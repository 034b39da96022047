package eu.resilience.assessment.organization;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** User accounts; used by this module's services and the login. */
public interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = "organization")
    Optional<UserAccount> findByUsername(String username);

    @EntityGraph(attributePaths = "organization")
    java.util.List<UserAccount> findAllByOrderByUsernameAsc();

    @EntityGraph(attributePaths = "organization")
    java.util.List<UserAccount> findByOrganizationIdOrderByUsernameAsc(Long organizationId);

    @EntityGraph(attributePaths = "organization")
    Optional<UserAccount> findWithOrganizationById(Long id);
}
