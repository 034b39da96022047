package eu.resilience.assessment.organization;

import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo organizations and logins for the embedded start (property {@code resilience.demo-data}, never in production).
 * Created once, on an empty database.
 */
@Component
@org.springframework.core.annotation.Order(10)
@ConditionalOnProperty(name = "resilience.demo-data", havingValue = "true")
class DemoData implements ApplicationRunner {

    /** The password of every demo login; listed in the README. */
    static final String DEMO_PASSWORD = "resilience-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private record DemoOrganization(String name, Sector sector, String subSector, SizeClass size, String country) {}

    private static final List<DemoOrganization> ORGANIZATIONS = List.of(
            new DemoOrganization("Nordgrid Energy", Sector.ENERGY, "electricity", SizeClass.LARGE, "DE"),
            new DemoOrganization("Rhein Stadtwerke", Sector.ENERGY, "district-heating-cooling", SizeClass.MEDIUM, "DE"),
            new DemoOrganization("Gaz de l'Estuaire", Sector.ENERGY, "gas", SizeClass.LARGE, "FR"),
            new DemoOrganization("Banque Solidaire du Nord", Sector.BANKING, null, SizeClass.LARGE, "FR"),
            new DemoOrganization(
                    "Baltic Payments Clearing", Sector.FINANCIAL_MARKET_INFRASTRUCTURES, null, SizeClass.MEDIUM, "EE"),
            new DemoOrganization("Hansa Privatbank", Sector.BANKING, null, SizeClass.MEDIUM, "DE"),
            new DemoOrganization("Clinique des Alpes", Sector.HEALTH, null, SizeClass.MEDIUM, "FR"),
            new DemoOrganization("Tallinn Health Lab", Sector.HEALTH, null, SizeClass.SMALL, "EE"),
            new DemoOrganization("Eurorail Freight", Sector.TRANSPORT, "rail", SizeClass.LARGE, "DE"),
            new DemoOrganization("Port of Muuga Services", Sector.TRANSPORT, "water", SizeClass.SMALL, "EE"),
            new DemoOrganization("Eau Claire Syndicat", Sector.DRINKING_WATER, null, SizeClass.SMALL, "FR"),
            new DemoOrganization("Cloudhaven Datacentres", Sector.DIGITAL_INFRASTRUCTURE, null, SizeClass.MICRO, "EE"));

    private final OrganizationRepository organizations;
    private final UserAccountRepository users;
    private final PasswordEncoder passwordEncoder;

    DemoData(OrganizationRepository organizations, UserAccountRepository users, PasswordEncoder passwordEncoder) {
        this.organizations = organizations;
        this.users = users;
        this.passwordEncoder = passwordEncoder;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        if (users.count() > 0) {
            return;
        }
        ORGANIZATIONS.forEach(
                o -> organizations.save(new Organization(o.name(), o.sector(), o.subSector(), o.size(), o.country())));
        Organization nordgrid = organizations.findByName("Nordgrid Energy").orElseThrow();
        Organization clinique = organizations.findByName("Clinique des Alpes").orElseThrow();
        String hash = passwordEncoder.encode(DEMO_PASSWORD);
        demoUser("admin", "Ada Admin", hash, Role.ADMIN, null, Language.EN);
        demoUser("lead", "Lena Lead", hash, Role.LEAD, null, Language.EN);
        demoUser("coordinator", "Carl Coordinator", hash, Role.ORG_ADMIN, nordgrid, Language.DE);
        demoUser("respondent", "Rita Respondent", hash, Role.RESPONDENT, nordgrid, Language.EN);
        demoUser("respondent2", "Rolf Respondent", hash, Role.RESPONDENT, nordgrid, Language.DE);
        demoUser("clinique", "Claire Clinique", hash, Role.ORG_ADMIN, clinique, Language.FR);
        log.info("Demo data created: {} organizations, 6 logins (password '{}')", ORGANIZATIONS.size(), DEMO_PASSWORD);
    }

    /** A demo login with an address under the reserved domain "example" (no mail server is configured in the demo). */
    private void demoUser(
            String username, String displayName, String hash, Role role, Organization organization, Language language) {
        UserAccount user = new UserAccount(username, displayName, hash, role, organization);
        user.changeEmail(username + "@resilience.example");
        user.changeMailPreferences(language, true);
        users.save(user);
    }
}
