package eu.resilience.assessment.notification;

import eu.resilience.assessment.As;
import eu.resilience.assessment.assessment.CampaignForm;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.organization.AccountSettings;
import eu.resilience.assessment.organization.Language;
import eu.resilience.assessment.organization.MyAccount;
import eu.resilience.assessment.organization.OrganizationAdministration;
import eu.resilience.assessment.organization.OrganizationForm;
import eu.resilience.assessment.organization.OrganizationSummary;
import eu.resilience.assessment.organization.ProfileForm;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import eu.resilience.assessment.organization.UserAdministration;
import eu.resilience.assessment.organization.UserForm;
import jakarta.mail.BodyPart;
import jakarta.mail.Multipart;
import jakarta.mail.Part;
import jakarta.mail.internet.MimeMessage;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

/** Fresh organizations with a coordinator and a respondent who have addresses, and campaigns inviting them. */
public final class MailFixture {

    static final String PASSPHRASE = "quiet lanterns drift east";

    private MailFixture() {}

    /** An operator with the users "{tag}-coord" (coordinator) and "{tag}-resp" (respondent), by address. */
    record Operator(long id, String name, String coordinator, String respondent) {
        String coordinatorEmail() {
            return coordinator + "@operator.example";
        }

        String respondentEmail() {
            return respondent + "@operator.example";
        }
    }

    static Operator operator(
            OrganizationAdministration organizations,
            UserAdministration users,
            AccountSettings settings,
            Language coordinatorLanguage) {
        String tag = "m" + UUID.randomUUID().toString().substring(0, 8);
        OrganizationSummary organization = As.user(
                "admin",
                Role.ADMIN,
                () -> organizations.create(new OrganizationForm(
                        "Operator " + tag, new ProfileForm(Sector.HEALTH, null, SizeClass.SMALL, "DE"))));
        Operator operator = new Operator(organization.id(), organization.name(), tag + "-coord", tag + "-resp");
        As.user("admin", Role.ADMIN, () -> {
            users.create(new UserForm(
                    operator.coordinator(),
                    "Cora " + tag,
                    Role.ORG_ADMIN,
                    operator.id(),
                    operator.coordinatorEmail(),
                    PASSPHRASE));
            users.create(new UserForm(
                    operator.respondent(),
                    "Remy " + tag,
                    Role.RESPONDENT,
                    operator.id(),
                    operator.respondentEmail(),
                    PASSPHRASE));
        });
        As.user(
                operator.coordinator(),
                Role.ORG_ADMIN,
                () -> settings.update(new MyAccount(
                        operator.coordinator(), null, operator.coordinatorEmail(), coordinatorLanguage, true)));
        return operator;
    }

    /** A quick-check campaign of the lead, with the given dates and the default reminders. */
    static long campaign(CampaignService campaigns, LocalDate opens, LocalDate closes, Operator... invited) {
        return As.user(
                "lead",
                Role.LEAD,
                () -> campaigns.create(new CampaignForm(
                        "Mail " + UUID.randomUUID(),
                        "quick-check",
                        "1.0",
                        opens,
                        closes,
                        Set.of(invited).stream().map(Operator::id).collect(java.util.stream.Collectors.toSet()),
                        false)));
    }

    static List<MimeMessage> to(List<MimeMessage> messages, String address) {
        return messages.stream()
                .filter(m -> {
                    try {
                        return m.getAllRecipients()[0].toString().equals(address);
                    } catch (Exception e) {
                        throw new IllegalStateException(e);
                    }
                })
                .toList();
    }

    /** The text of a part of a multipart/alternative mail: "text/plain" or "text/html". */
    public static String part(MimeMessage message, String type) {
        try {
            return find(message, type);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static String find(Part part, String type) throws Exception {
        if (part.isMimeType(type)) {
            return (String) part.getContent();
        }
        if (part.getContent() instanceof Multipart multipart) {
            for (int i = 0; i < multipart.getCount(); i++) {
                BodyPart body = multipart.getBodyPart(i);
                String found = find(body, type);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }
}
