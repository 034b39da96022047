package eu.resilience.assessment.organization;

import eu.resilience.assessment.text.FreeText;
import java.util.Comparator;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations as administrators manage them (every organization), and the own profile as a coordinator manages it
 * (only their own organization: tenancy is enforced here). Every change is audited.
 */
@Service
public class OrganizationAdministration {

    static final int MAX_NAME = 200;

    private final OrganizationRepository organizations;
    private final UserAccountRepository users;
    private final ApplicationEventPublisher events;

    OrganizationAdministration(
            OrganizationRepository organizations, UserAccountRepository users, ApplicationEventPublisher events) {
        this.organizations = organizations;
        this.users = users;
        this.events = events;
    }

    /** Every organization, active or not, by name. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OrganizationSummary> organizations() {
        return organizations.findAll().stream()
                .sorted(Comparator.comparing(Organization::getName, String.CASE_INSENSITIVE_ORDER))
                .map(OrganizationSummary::of)
                .toList();
    }

    /** Creates an organization; its name must be new. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrganizationSummary create(OrganizationForm form) {
        String name = validName(form.name(), null);
        ProfileForm profile = form.profile();
        requireProfile(profile);
        Organization created = organizations.save(
                new Organization(name, profile.sector(), profile.subSector(), profile.sizeClass(), profile.country()));
        events.publishEvent(new OrganizationCreated(created.getId(), name, profile.describe()));
        return OrganizationSummary.of(created);
    }

    /** Changes an organization's name and profile. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public OrganizationSummary update(long organizationId, OrganizationForm form) {
        Organization organization =
                organizations.findById(organizationId).orElseThrow(OrganizationException.NotFound::new);
        String name = validName(form.name(), organization.getId());
        requireProfile(form.profile());
        String before =
                organization.getName() + ": " + ProfileForm.of(organization).describe();
        organization.rename(name);
        apply(organization, form.profile());
        events.publishEvent(new OrganizationChanged(
                organization.getId(), before, name + ": " + form.profile().describe()));
        return OrganizationSummary.of(organization);
    }

    /** Deactivates an organization and the accounts of its users; its assessments and results stay. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deactivate(long organizationId) {
        Organization organization =
                organizations.findById(organizationId).orElseThrow(OrganizationException.NotFound::new);
        if (!organization.isActive()) {
            throw new OrganizationException("organization.already-inactive", organization.getName());
        }
        organization.deactivate();
        List<UserAccount> members = users.findByOrganizationIdOrderByUsernameAsc(organizationId);
        members.forEach(UserAccount::deactivate);
        events.publishEvent(new OrganizationDeactivated(organizationId, members.size()));
    }

    /** The coordinator's own organization. */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public OrganizationSummary myOrganization() {
        return OrganizationSummary.of(ownOrganization());
    }

    /**
     * Changes the coordinator's own organization's profile. Open assessments read the profile each time they are
     * opened, so their visibility conditions follow the change; submitted score snapshots keep the profile of their day.
     */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional
    public OrganizationSummary updateMyProfile(ProfileForm profile) {
        Organization organization = ownOrganization();
        requireProfile(profile);
        String before = ProfileForm.of(organization).describe();
        apply(organization, profile);
        events.publishEvent(new ProfileChanged(organization.getId(), before, profile.describe()));
        return OrganizationSummary.of(organization);
    }

    Organization ownOrganization() {
        return users.findByUsername(Caller.username())
                .filter(UserAccount::isActive)
                .map(UserAccount::getOrganization)
                .filter(Organization::isActive)
                .orElseThrow(OrganizationException.NotFound::new);
    }

    private String validName(String name, Long self) {
        if (name == null || name.isBlank()) {
            throw new OrganizationException("organization.name-required");
        }
        String stripped = name.strip();
        if (stripped.length() > MAX_NAME) {
            throw new OrganizationException("text.too-long", MAX_NAME);
        }
        FreeText.refusedCharacter(stripped, false).ifPresent(character -> {
            throw new OrganizationException("text.unsafe.organization-name", character);
        });
        organizations
                .findByName(stripped)
                .filter(other -> !other.getId().equals(self))
                .ifPresent(other -> {
                    throw new OrganizationException("organization.name-taken", stripped);
                });
        return stripped;
    }

    private static void requireProfile(ProfileForm profile) {
        if (profile == null) {
            throw new OrganizationException("organization.sector-required");
        }
        profile.validate();
    }

    private static void apply(Organization organization, ProfileForm profile) {
        organization.changeProfile(profile.sector(), profile.subSector(), profile.sizeClass(), profile.country());
    }
}
