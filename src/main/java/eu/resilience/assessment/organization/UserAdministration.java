package eu.resilience.assessment.organization;

import eu.resilience.assessment.text.FreeText;
import java.util.List;
import java.util.UUID;
import java.util.regex.Pattern;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * User accounts as administrators manage them (every account), and respondents as a coordinator manages them (only
 * their own organization's respondents: tenancy is enforced here). New passwords pass the {@link PasswordPolicy}.
 * Every change is audited, never with the password.
 */
@Service
public class UserAdministration {

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._@-]{2,99}");

    private final UserAccountRepository users;
    private final OrganizationRepository organizations;
    private final OrganizationAdministration organizationAdministration;
    private final PasswordPolicy passwordPolicy;
    private final PasswordEncoder passwordEncoder;
    private final ApplicationEventPublisher events;
    private final PasswordLinks passwordLinks;

    UserAdministration(
            UserAccountRepository users,
            OrganizationRepository organizations,
            OrganizationAdministration organizationAdministration,
            PasswordPolicy passwordPolicy,
            PasswordEncoder passwordEncoder,
            ApplicationEventPublisher events,
            PasswordLinks passwordLinks) {
        this.passwordLinks = passwordLinks;
        this.users = users;
        this.organizations = organizations;
        this.organizationAdministration = organizationAdministration;
        this.passwordPolicy = passwordPolicy;
        this.passwordEncoder = passwordEncoder;
        this.events = events;
    }

    /** Every user account, by username. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> users() {
        return users.findAllByOrderByUsernameAsc().stream().map(UserSummary::of).toList();
    }

    /** Creates an account of any role; respondents and coordinators need an active organization. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public UserSummary create(UserForm form) {
        if (form.role() == null) {
            throw new OrganizationException("user.role-required");
        }
        Organization organization = null;
        if (form.role().belongsToOrganization()) {
            if (form.organizationId() == null) {
                throw new OrganizationException("user.organization-required");
            }
            organization = organizations
                    .findById(form.organizationId())
                    .filter(Organization::isActive)
                    .orElseThrow(() -> new OrganizationException("user.organization-inactive"));
        } else if (form.organizationId() != null) {
            throw new OrganizationException("user.no-organization");
        }
        return save(form, organization);
    }

    /** Sets a new password for an account; the user is told it out of band. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resetPassword(long userId, String newPassword) {
        UserAccount user = users.findWithOrganizationById(userId).orElseThrow(OrganizationException.NotFound::new);
        passwordPolicy.check(user.getUsername(), newPassword);
        user.changePasswordHash(passwordEncoder.encode(newPassword));
        events.publishEvent(new PasswordReset(user.getUsername(), organizationIdOf(user)));
    }

    /** Deactivates an account: it can no longer log in. Administrators cannot lock themselves out. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void deactivate(long userId) {
        UserAccount user = users.findWithOrganizationById(userId).orElseThrow(OrganizationException.NotFound::new);
        if (user.getUsername().equals(Caller.username())) {
            throw new OrganizationException("user.cannot-deactivate-self");
        }
        deactivate(user);
    }

    /** The coordinator's own organization's accounts (respondents and coordinators). */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional(readOnly = true)
    public List<UserSummary> myOrganizationsUsers() {
        Organization mine = organizationAdministration.ownOrganization();
        return users.findByOrganizationIdOrderByUsernameAsc(mine.getId()).stream()
                .map(UserSummary::of)
                .toList();
    }

    /** Creates a respondent of the coordinator's own organization (whatever role or organization the form names). */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional
    public UserSummary createRespondent(UserForm form) {
        Organization mine = organizationAdministration.ownOrganization();
        return save(
                new UserForm(
                        form.username(),
                        form.displayName(),
                        Role.RESPONDENT,
                        mine.getId(),
                        form.email(),
                        form.password()),
                mine);
    }

    /** Deactivates a respondent of the coordinator's own organization; another organization's user is "not found". */
    @PreAuthorize("hasRole('ORG_ADMIN')")
    @Transactional
    public void deactivateRespondent(long userId) {
        Organization mine = organizationAdministration.ownOrganization();
        UserAccount user = users.findWithOrganizationById(userId)
                .filter(u -> u.getOrganization() != null
                        && u.getOrganization().getId().equals(mine.getId()))
                .orElseThrow(OrganizationException.NotFound::new);
        if (user.getRole() != Role.RESPONDENT) {
            throw new OrganizationException("user.only-respondents");
        }
        deactivate(user);
    }

    private UserSummary save(UserForm form, Organization organization) {
        String username = form.username() == null ? "" : form.username().strip().toLowerCase(java.util.Locale.ROOT);
        if (!USERNAME.matcher(username).matches()) {
            throw new OrganizationException("user.username-invalid");
        }
        if (users.findByUsername(username).isPresent()) {
            throw new OrganizationException("user.username-taken", username);
        }
        if (form.displayName() == null || form.displayName().isBlank()) {
            throw new OrganizationException("user.display-name-required");
        }
        if (form.displayName().strip().length() > 200) {
            throw new OrganizationException("text.too-long", 200);
        }
        FreeText.refusedCharacter(form.displayName(), false).ifPresent(character -> {
            throw new OrganizationException("text.unsafe.display-name", character);
        });
        String email = EmailAddresses.normalizeOrNull(form.email());
        if (email != null && users.findByEmail(email).isPresent()) {
            throw new OrganizationException("user.email-taken", email);
        }
        boolean byLink = form.password() == null || form.password().isEmpty();
        if (byLink && email == null) {
            throw new OrganizationException("user.email-or-password-required");
        }
        if (!byLink) {
            passwordPolicy.check(username, form.password());
        }
        UserAccount created = new UserAccount(
                username,
                form.displayName().strip(),
                // until the user follows the link: the hash of a random secret nobody knows, so no password logs in
                passwordEncoder.encode(byLink ? UUID.randomUUID() + "" + UUID.randomUUID() : form.password()),
                form.role(),
                organization);
        created.changeEmail(email);
        created = users.save(created);
        if (byLink) {
            passwordLinks.issue(created, PasswordLinkIssued.Purpose.SET);
        }
        events.publishEvent(new UserCreated(
                username,
                form.role(),
                organization == null ? null : organization.getId(),
                organization == null ? null : organization.getName()));
        return UserSummary.of(created);
    }

    private void deactivate(UserAccount user) {
        if (!user.isActive()) {
            throw new OrganizationException("user.already-inactive", user.getUsername());
        }
        user.deactivate();
        events.publishEvent(new UserDeactivated(user.getUsername(), organizationIdOf(user)));
    }

    private static Long organizationIdOf(UserAccount user) {
        return user.getOrganization() == null ? null : user.getOrganization().getId();
    }
}
