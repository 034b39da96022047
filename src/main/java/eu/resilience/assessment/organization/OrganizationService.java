package eu.resilience.assessment.organization;

import java.util.List;
import java.util.Optional;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Organizations and who belongs to which: the facts other modules enforce tenancy with. */
@Service
public class OrganizationService {

    private final OrganizationRepository organizations;
    private final UserAccountRepository users;
    private final ApplicationEventPublisher events;

    OrganizationService(
            OrganizationRepository organizations, UserAccountRepository users, ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.users = users;
        this.events = events;
    }

    /** The organization a user belongs to; empty for leads, administrators and unknown users. */
    @Transactional(readOnly = true)
    public Optional<OrganizationSummary> organizationOf(String username) {
        return activeUsersOrganization(username).map(OrganizationSummary::of);
    }

    /** Every active organization, by name; for partnership leads and administrators. */
    @PreAuthorize("hasAnyRole('LEAD', 'ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganizationSummary> activeOrganizations() {
        return organizations.findAll().stream()
                .filter(Organization::isActive)
                .sorted(java.util.Comparator.comparing(Organization::getName))
                .map(OrganizationSummary::of)
                .toList();
    }

    /** Organizations by id (leads pick them for campaigns). */
    @Transactional(readOnly = true)
    public List<OrganizationSummary> findAll(java.util.Collection<Long> ids) {
        return organizations.findAllById(ids).stream()
                .map(OrganizationSummary::of)
                .toList();
    }

    /** One organization by id; empty if there is none. */
    @Transactional(readOnly = true)
    public Optional<OrganizationSummary> find(long id) {
        return organizations.findById(id).map(OrganizationSummary::of);
    }

    /** The logged-in user's own organization; for its respondents and coordinator. */
    @PreAuthorize("hasAnyRole('RESPONDENT', 'ORG_ADMIN')")
    @Transactional(readOnly = true)
    public OrganizationSummary myOrganization() {
        return OrganizationSummary.of(ownOrganization());
    }

    /** The coordinator allows (or stops allowing) partnership leads to see the organization's named results. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional
    public void setNamedResultsConsent(boolean share) {
        Organization organization = ownOrganization();
        boolean before = organization.isShareNamedResults();
        organization.setShareNamedResults(share);
        organizations.save(organization);
        events.publishEvent(new NamedResultsConsentChanged(organization.getId(), before, share));
    }

    private Organization ownOrganization() {
        return activeUsersOrganization(currentUsername())
                .orElseThrow(() -> new IllegalStateException("no organization"));
    }

    private Optional<Organization> activeUsersOrganization(String username) {
        return users.findByUsername(username).filter(UserAccount::isActive).map(UserAccount::getOrganization);
    }

    private static String currentUsername() {
        var authentication = org.springframework.security.core.context.SecurityContextHolder.getContext()
                .getAuthentication();
        return authentication == null ? "" : authentication.getName();
    }
}
