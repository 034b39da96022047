package eu.resilience.assessment.organization;

import java.util.ArrayList;
import java.util.List;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Organizations and accounts created in bulk, without an audit record or a mail each: the demo start and the generated
 * populations of tests and benchmarks (module demo). For administrators only: the demo runs it as the system
 * administrator.
 */
@Service
public class OrganizationSeeding {

    /** An organization to create, with its profile. */
    public record NewOrganization(String name, Sector sector, String subSector, SizeClass sizeClass, String country) {}

    /** An account to create in an organization named (null for leads and administrators). */
    public record NewAccount(
            String username,
            String displayName,
            Role role,
            String organizationName,
            String email,
            Language language,
            boolean reminders) {}

    private final OrganizationRepository organizations;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;

    OrganizationSeeding(
            OrganizationRepository organizations, UserAccountRepository users, PasswordEncoder passwordEncoder) {
        this.organizations = organizations;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    /** Whether any account exists (the demo start creates its data only on an empty database). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public boolean hasAccounts() {
        return users.count() > 0;
    }

    /** Creates the organizations in the order given; their ids in that order. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public List<Long> createOrganizations(List<NewOrganization> created) {
        List<Long> ids = new ArrayList<>(created.size());
        for (NewOrganization o : created) {
            ids.add(organizations
                    .save(new Organization(o.name(), o.sector(), o.subSector(), o.sizeClass(), o.country()))
                    .getId());
        }
        return ids;
    }

    /** Creates the accounts, all with the one password given (hashed once). */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void createAccounts(String password, List<NewAccount> created) {
        String hash = passwordEncoder.encode(password);
        for (NewAccount a : created) {
            Organization organization = a.organizationName() == null
                    ? null
                    : organizations.findByName(a.organizationName()).orElseThrow();
            UserAccount user = new UserAccount(a.username(), a.displayName(), hash, a.role(), organization);
            user.changeEmail(a.email());
            user.changeMailPreferences(a.language(), a.reminders());
            users.save(user);
        }
    }
}
