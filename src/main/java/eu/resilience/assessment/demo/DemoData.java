package eu.resilience.assessment.demo;

import eu.resilience.assessment.organization.Language;
import eu.resilience.assessment.organization.OrganizationSeeding;
import eu.resilience.assessment.organization.OrganizationSeeding.NewAccount;
import eu.resilience.assessment.organization.OrganizationSeeding.NewOrganization;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo organizations and logins for the embedded start (property {@code resilience.demo-data}, never in production).
 * Created once, on an empty database, through the organization module's seeding API as the system administrator.
 */
@Component
@Order(10)
@DemoProfile
class DemoData implements ApplicationRunner {

    /** The password of every demo login; listed in the README. */
    static final String DEMO_PASSWORD = "resilience-demo";

    private static final Logger log = LoggerFactory.getLogger(DemoData.class);

    private static final List<NewOrganization> ORGANIZATIONS = List.of(
            new NewOrganization("Nordgrid Energy", Sector.ENERGY, "electricity", SizeClass.LARGE, "DE"),
            new NewOrganization("Rhein Stadtwerke", Sector.ENERGY, "district-heating-cooling", SizeClass.MEDIUM, "DE"),
            new NewOrganization("Gaz de l'Estuaire", Sector.ENERGY, "gas", SizeClass.LARGE, "FR"),
            new NewOrganization("Banque Solidaire du Nord", Sector.BANKING, null, SizeClass.LARGE, "FR"),
            new NewOrganization(
                    "Baltic Payments Clearing", Sector.FINANCIAL_MARKET_INFRASTRUCTURES, null, SizeClass.MEDIUM, "EE"),
            new NewOrganization("Hansa Privatbank", Sector.BANKING, null, SizeClass.MEDIUM, "DE"),
            new NewOrganization("Clinique des Alpes", Sector.HEALTH, null, SizeClass.MEDIUM, "FR"),
            new NewOrganization("Tallinn Health Lab", Sector.HEALTH, null, SizeClass.SMALL, "EE"),
            new NewOrganization("Eurorail Freight", Sector.TRANSPORT, "rail", SizeClass.LARGE, "DE"),
            new NewOrganization("Port of Muuga Services", Sector.TRANSPORT, "water", SizeClass.SMALL, "EE"),
            new NewOrganization("Eau Claire Syndicat", Sector.DRINKING_WATER, null, SizeClass.SMALL, "FR"),
            new NewOrganization("Cloudhaven Datacentres", Sector.DIGITAL_INFRASTRUCTURE, null, SizeClass.MICRO, "EE"));

    private final OrganizationSeeding seeding;
    private final TransactionTemplate transactions;

    DemoData(OrganizationSeeding seeding, TransactionTemplate transactions) {
        this.seeding = seeding;
        this.transactions = transactions;
    }

    @Override
    public void run(ApplicationArguments args) {
        SystemUser.as(Role.ADMIN, () -> {
            transactions.executeWithoutResult(status -> {
                if (!seeding.hasAccounts()) {
                    create();
                }
            });
            return null;
        });
    }

    private void create() {
        seeding.createOrganizations(ORGANIZATIONS);
        seeding.createAccounts(
                DEMO_PASSWORD,
                List.of(
                        demoUser("admin", "Ada Admin", Role.ADMIN, null, Language.EN),
                        demoUser("lead", "Lena Lead", Role.LEAD, null, Language.EN),
                        demoUser("coordinator", "Carl Coordinator", Role.ORG_ADMIN, "Nordgrid Energy", Language.DE),
                        demoUser("respondent", "Rita Respondent", Role.RESPONDENT, "Nordgrid Energy", Language.EN),
                        demoUser("respondent2", "Rolf Respondent", Role.RESPONDENT, "Nordgrid Energy", Language.DE),
                        demoUser("clinique", "Claire Clinique", Role.ORG_ADMIN, "Clinique des Alpes", Language.FR)));
        log.info("Demo data created: {} organizations, 6 logins (password '{}')", ORGANIZATIONS.size(), DEMO_PASSWORD);
    }

    /** A demo login with an address under the reserved domain "example" (no mail server is configured in the demo). */
    private static NewAccount demoUser(
            String username, String displayName, Role role, String organization, Language language) {
        return new NewAccount(
                username, displayName, role, organization, username + "@resilience.example", language, true);
    }
}
