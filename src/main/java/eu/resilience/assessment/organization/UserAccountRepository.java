package eu.resilience.assessment.organization;

import java.util.Optional;
import org.springframework.data.jpa.repository.EntityGraph;
import org.springframework.data.jpa.repository.JpaRepository;

/** User accounts; used by this module's services and the login. */
interface UserAccountRepository extends JpaRepository<UserAccount, Long> {

    @EntityGraph(attributePaths = "organization")
    Optional<UserAccount> findByUsername(String username);

    @EntityGraph(attributePaths = "organization")
    java.util.List<UserAccount> findAllByOrderByUsernameAsc();

    @EntityGraph(attributePaths = "organization")
    java.util.List<UserAccount> findByOrganizationIdOrderByUsernameAsc(Long organizationId);

    @EntityGraph(attributePaths = "organization")
    Optional<UserAccount> findWithOrganizationById(Long id);

    Optional<UserAccount> findByEmail(String email);

    java.util.List<UserAccount> findByRoleAndActiveTrueAndEmailIsNotNullOrderByUsername(Role role);

    /** The active accounts with an address of these organizations, for e-mails to them. */
    @EntityGraph(attributePaths = "organization")
    @org.springframework.data.jpa.repository.Query(
            "select u from UserAccount u where u.organization.id in :organizationIds and u.active = true"
                    + " and u.email is not null order by u.username")
    java.util.List<UserAccount> findContactsOf(java.util.Collection<Long> organizationIds);
}
