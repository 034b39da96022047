package eu.resilience.assessment.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizations and who belongs to which: the facts other modules enforce tenancy with. */
@Service
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final UserAccountRepository users;

    OrganizationService(OrganizationRepository organizations, UserAccountRepository users) {
        this.organizations = organizations;
        this.users = users;
    }

    /** The organization a user belongs to; empty for leads, administrators and unknown users. */
    @Transactional(readOnly = true)
    public Optional<Organization> organizationOf(String username) {
        return users.findByUsername(username).filter(UserAccount::isActive).map(UserAccount::getOrganization);
    }

    /** Every active organization, by name; for partnership leads and administrators. */
    @PreAuthorize("hasAnyRole('LEAD', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<Organization> activeOrganizations() {
        return organizations.findAll().stream()
                .filter(Organization::isActive)
                .sorted(java.util.Comparator.comparing(Organization::getName))
                .toList();
    }

    /** Organizations by id (leads pick them for campaigns). */
    @Transactional(readOnly = true)
    public List<Organization> findAll(java.util.Collection<Long> ids) {
        return organizations.findAllById(ids);
    }
}
