package eu.resilience.assessment.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The organizations and accounts as tests look them up: the module's repositories are its own (package-private), so
 * tests of other modules find their fixtures here. A bean of the test classpath only.
 */
@Component
public class TestOrganizations {

    private final OrganizationRepository organizations;
    private final UserAccountRepository accounts;

    TestOrganizations(OrganizationRepository organizations, UserAccountRepository accounts) {
        this.organizations = organizations;
        this.accounts = accounts;
    }

    public Optional<Organization> findByName(String name) {
        return organizations.findByName(name);
    }

    /** The id of the organization of this name, which must exist. */
    public long idOf(String name) {
        return findByName(name).orElseThrow().getId();
    }

    public List<Organization> findAll() {
        return organizations.findAll();
    }

    public long count() {
        return organizations.count();
    }

    @Transactional
    public Organization save(Organization organization) {
        return organizations.save(organization);
    }

    /** An account with its organization loaded. */
    public Optional<UserAccount> findByUsername(String username) {
        return accounts.findByUsername(username);
    }
}
