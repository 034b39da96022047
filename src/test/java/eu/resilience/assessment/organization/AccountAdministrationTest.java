package eu.resilience.assessment.organization;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import eu.resilience.assessment.As;
import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.audit.AuditEvent;
import eu.resilience.assessment.audit.AuditLog;
import eu.resilience.assessment.audit.AuditQuery;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Administrators manage organizations and users; coordinators their own profile and respondents, and nothing else. */
@H2Test
class AccountAdministrationTest {

    private static final String PASSPHRASE = "blue kettles sing at noon";

    @Autowired
    OrganizationAdministration organizations;

    @Autowired
    UserAdministration users;

    @Autowired
    UserAccountRepository accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    AuditLog audit;

    private OrganizationSummary newOrganization() {
        return As.user(
                "admin",
                Role.ADMIN,
                () -> organizations.create(new OrganizationForm(
                        "Operator " + UUID.randomUUID(),
                        new ProfileForm(Sector.ENERGY, "gas", SizeClass.MEDIUM, "FR"))));
    }

    private UserSummary newUser(Role role, OrganizationSummary organization) {
        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        return As.user(
                "admin",
                Role.ADMIN,
                () -> users.create(new UserForm(
                        username, "Test User", role, organization == null ? null : organization.id(), PASSPHRASE)));
    }

    @Test
    void anAdministratorCreatesEditsAndDeactivatesAnOrganizationAndEachStepIsAudited() {
        OrganizationSummary created = newOrganization();
        UserSummary member = newUser(Role.RESPONDENT, created);

        As.user(
                "admin",
                Role.ADMIN,
                () -> organizations.update(
                        created.id(),
                        new OrganizationForm(
                                created.name() + " SA",
                                new ProfileForm(Sector.TRANSPORT, "rail", SizeClass.LARGE, "BE"))));
        As.user("admin", Role.ADMIN, () -> organizations.deactivate(created.id()));

        OrganizationSummary after = As.user("admin", Role.ADMIN, () -> organizations.organizations()).stream()
                .filter(o -> o.id() == created.id())
                .findFirst()
                .orElseThrow();
        assertThat(after.name()).endsWith(" SA");
        assertThat(after.sector()).isEqualTo(Sector.TRANSPORT);
        assertThat(after.subSector()).isEqualTo("rail");
        assertThat(after.active()).isFalse();
        assertThat(accounts.findByUsername(member.username()).orElseThrow().isActive())
                .isFalse();
        assertThat(As.user("admin", Role.ADMIN, () -> audit.eventsOf("organization", created.id())))
                .extracting(AuditEvent::getAction)
                .containsExactly("ORGANIZATION_CREATED", "ORGANIZATION_CHANGED", "ORGANIZATION_DEACTIVATED");
    }

    @Test
    void badOrganizationInputIsRefusedWithASpecificMessage() {
        OrganizationSummary existing = newOrganization();
        ProfileForm good = new ProfileForm(Sector.HEALTH, null, SizeClass.SMALL, "DE");
        assertRefused(new OrganizationForm(existing.name(), good), "organization.name-taken");
        assertRefused(new OrganizationForm(" ", good), "organization.name-required");
        assertRefused(
                new OrganizationForm(
                        "X " + UUID.randomUUID(), new ProfileForm(Sector.HEALTH, "rail", SizeClass.SMALL, "DE")),
                "organization.sub-sector-invalid");
        assertRefused(
                new OrganizationForm(
                        "X " + UUID.randomUUID(), new ProfileForm(Sector.HEALTH, null, SizeClass.SMALL, "US")),
                "organization.country-invalid");
    }

    private void assertRefused(OrganizationForm form, String key) {
        assertThatThrownBy(() -> As.user("admin", Role.ADMIN, () -> organizations.create(form)))
                .isInstanceOf(OrganizationException.class)
                .hasMessage(key);
    }

    @Test
    void newAndResetPasswordsPassThePolicyAndAreStoredHashed() {
        OrganizationSummary organization = newOrganization();
        assertThatThrownBy(() -> As.user(
                        "admin",
                        Role.ADMIN,
                        () -> users.create(new UserForm(
                                "short-" + UUID.randomUUID().toString().substring(0, 6),
                                "Short",
                                Role.RESPONDENT,
                                organization.id(),
                                "tooshort"))))
                .hasMessage("password.too-short");
        UserSummary user = newUser(Role.ORG_ADMIN, organization);

        assertThatThrownBy(() -> As.user("admin", Role.ADMIN, () -> users.resetPassword(user.id(), "password1234")))
                .hasMessage("password.common");
        assertThatThrownBy(() -> As.user("admin", Role.ADMIN, () -> users.resetPassword(user.id(), user.username())))
                .isInstanceOf(OrganizationException.class);
        As.user("admin", Role.ADMIN, () -> users.resetPassword(user.id(), "a brand new long passphrase"));

        String hash = accounts.findByUsername(user.username()).orElseThrow().getPasswordHash();
        assertThat(hash).startsWith("{bcrypt}");
        assertThat(passwordEncoder.matches("a brand new long passphrase", hash)).isTrue();
        assertThat(As.user(
                        "admin",
                        Role.ADMIN,
                        () -> audit.search(new AuditQuery(null, "PASSWORD_RESET", null, null), 0, 50)))
                .extracting(AuditEvent::getSubjectId)
                .contains(user.username());
    }

    @Test
    void leadsAndAdministratorsBelongToNoOrganizationAndOperatorsToOne() {
        OrganizationSummary organization = newOrganization();
        assertThatThrownBy(() -> As.user(
                        "admin",
                        Role.ADMIN,
                        () -> users.create(new UserForm("lead-x", "Lead", Role.LEAD, organization.id(), PASSPHRASE))))
                .hasMessage("user.no-organization");
        assertThatThrownBy(() -> As.user(
                        "admin",
                        Role.ADMIN,
                        () -> users.create(new UserForm("resp-x", "Resp", Role.RESPONDENT, null, PASSPHRASE))))
                .hasMessage("user.organization-required");
        assertThatThrownBy(() -> As.user(
                        "admin",
                        Role.ADMIN,
                        () -> users.create(
                                new UserForm("respondent", "Dup", Role.RESPONDENT, organization.id(), PASSPHRASE))))
                .hasMessage("user.username-taken");
    }

    @Test
    void anAdministratorCannotDeactivateTheirOwnAccount() {
        UserSummary admin = newUser(Role.ADMIN, null);
        assertThatThrownBy(() -> As.user(admin.username(), Role.ADMIN, () -> users.deactivate(admin.id())))
                .hasMessage("user.cannot-deactivate-self");
    }

    @Test
    void aCoordinatorManagesOnlyTheirOwnOrganizationsRespondents() {
        OrganizationSummary mine = newOrganization();
        OrganizationSummary theirs = newOrganization();
        UserSummary coordinator = newUser(Role.ORG_ADMIN, mine);
        UserSummary colleague = newUser(Role.ORG_ADMIN, mine);
        UserSummary foreigner = newUser(Role.RESPONDENT, theirs);

        UserSummary created = As.user(
                coordinator.username(),
                Role.ORG_ADMIN,
                // the form names a role and another organization: the coordinator still creates a respondent of theirs
                () -> users.createRespondent(new UserForm(
                        "new-" + UUID.randomUUID().toString().substring(0, 8),
                        "New",
                        Role.ADMIN,
                        theirs.id(),
                        PASSPHRASE)));
        assertThat(created.role()).isEqualTo(Role.RESPONDENT);
        assertThat(created.organizationId()).isEqualTo(mine.id());

        assertThat(As.user(coordinator.username(), Role.ORG_ADMIN, () -> users.myOrganizationsUsers()))
                .extracting(UserSummary::username)
                .contains(coordinator.username(), colleague.username(), created.username())
                .doesNotContain(foreigner.username());
        assertThatThrownBy(() -> As.user(
                        coordinator.username(), Role.ORG_ADMIN, () -> users.deactivateRespondent(foreigner.id())))
                .isInstanceOf(OrganizationException.NotFound.class);
        assertThatThrownBy(() -> As.user(
                        coordinator.username(), Role.ORG_ADMIN, () -> users.deactivateRespondent(colleague.id())))
                .hasMessage("user.only-respondents");
        As.user(coordinator.username(), Role.ORG_ADMIN, () -> users.deactivateRespondent(created.id()));

        assertThat(accounts.findByUsername(foreigner.username()).orElseThrow().isActive())
                .isTrue();
        assertThat(accounts.findByUsername(created.username()).orElseThrow().isActive())
                .isFalse();
    }

    @Test
    void aCoordinatorChangesOnlyTheirOwnProfile() {
        OrganizationSummary mine = newOrganization();
        OrganizationSummary theirs = newOrganization();
        UserSummary coordinator = newUser(Role.ORG_ADMIN, mine);

        OrganizationSummary changed = As.user(
                coordinator.username(),
                Role.ORG_ADMIN,
                () -> organizations.updateMyProfile(new ProfileForm(Sector.HEALTH, null, SizeClass.LARGE, "AT")));

        assertThat(changed.id()).isEqualTo(mine.id());
        assertThat(changed.sector()).isEqualTo(Sector.HEALTH);
        OrganizationSummary other = As.user("admin", Role.ADMIN, () -> organizations.organizations()).stream()
                .filter(o -> o.id() == theirs.id())
                .findFirst()
                .orElseThrow();
        assertThat(other.sector()).isEqualTo(Sector.ENERGY);
        assertThat(As.user("admin", Role.ADMIN, () -> audit.eventsOf("organization", mine.id())))
                .extracting(AuditEvent::getAction)
                .contains("PROFILE_CHANGED");
    }

    // ---- the input rule for free texts (eu.resilience.assessment.text.FreeText)

    @Test
    void namesWithControlOrDirectionOverrideCharactersAreRefusedAndChangeNothing() {
        OrganizationSummary existing = newOrganization();
        int organizationsBefore = As.user("admin", Role.ADMIN, () -> organizations.organizations())
                .size();
        ProfileForm profile = new ProfileForm(Sector.ENERGY, "gas", SizeClass.MEDIUM, "FR");

        assertThatThrownBy(() -> As.user(
                        "admin",
                        Role.ADMIN,
                        () -> organizations.create(new OrganizationForm("Acme \u202Eetlov\u202C SA", profile))))
                .isInstanceOf(OrganizationException.class)
                .hasMessage("text.unsafe.organization-name")
                .satisfies(
                        e -> assertThat(((OrganizationException) e).arguments()).containsExactly("U+202E"));
        assertThatThrownBy(() -> As.user(
                        "admin",
                        Role.ADMIN,
                        () -> organizations.update(existing.id(), new OrganizationForm("Acme\u0007 SA", profile))))
                .hasMessage("text.unsafe.organization-name");
        assertThat(As.user("admin", Role.ADMIN, () -> organizations.organizations()))
                .hasSize(organizationsBefore)
                .extracting(OrganizationSummary::name)
                .contains(existing.name());

        String username = "user-" + UUID.randomUUID().toString().substring(0, 8);
        assertThatThrownBy(() -> As.user(
                        "admin",
                        Role.ADMIN,
                        () -> users.create(
                                new UserForm(username, "Eve \u2066Admin\u2069", Role.LEAD, null, PASSPHRASE))))
                .hasMessage("text.unsafe.display-name");
        assertThatThrownBy(() -> As.user(
                        "coordinator",
                        Role.ORG_ADMIN,
                        () -> users.createRespondent(
                                new UserForm(username, "Line\nbreak", Role.RESPONDENT, null, PASSPHRASE))))
                .hasMessage("text.unsafe.display-name");
        assertThat(accounts.findByUsername(username)).isEmpty();
    }
}
