package eu.resilience.assessment.notification;

import eu.resilience.assessment.assessment.AssessmentReturned;
import eu.resilience.assessment.assessment.AssessmentSubmitted;
import eu.resilience.assessment.assessment.CampaignCreated;
import eu.resilience.assessment.organization.Contact;
import eu.resilience.assessment.organization.Contacts;
import eu.resilience.assessment.organization.OrganizationService;
import eu.resilience.assessment.organization.PasswordLinkIssued;
import eu.resilience.assessment.organization.Role;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Turns the other modules' events into outbox rows. The listeners run synchronously in the publisher's transaction:
 * the event's change and its notifications commit or roll back together.
 */
@Component
class NotificationListeners {

    private final Outbox outbox;
    private final Contacts contacts;
    private final OrganizationService organizations;
    private final Clock clock;

    NotificationListeners(Outbox outbox, Contacts contacts, OrganizationService organizations, Clock clock) {
        this.outbox = outbox;
        this.contacts = contacts;
        this.organizations = organizations;
        this.clock = clock;
    }

    /** Each invited organization's coordinator and respondents get the invitation. */
    @EventListener
    void on(CampaignCreated campaign) {
        Map<Long, String> names = organizationNames(campaign.organizationIds());
        for (Contact contact : contacts.ofOrganizations(campaign.organizationIds())) {
            outbox.queue(
                    NotificationKind.INVITATION,
                    contact,
                    Map.of(
                            "organization",
                            names.getOrDefault(contact.organizationId(), ""),
                            "campaign",
                            campaign.name(),
                            "opensOn",
                            campaign.opensOn().toString(),
                            "closesOn",
                            campaign.closesOn().toString(),
                            Outbox.LINK,
                            "assessments"),
                    null,
                    null);
        }
    }

    /** The organization's coordinator and respondents are told, with the lead's message. */
    @EventListener
    void on(AssessmentReturned returned) {
        String organization =
                organizationNames(List.of(returned.organizationId())).getOrDefault(returned.organizationId(), "");
        for (Contact contact : contacts.ofOrganizations(Set.of(returned.organizationId()))) {
            outbox.queue(
                    NotificationKind.RETURNED,
                    contact,
                    Map.of(
                            "organization",
                            organization,
                            "campaign",
                            returned.campaignName(),
                            "closesOn",
                            returned.closesOn().toString(),
                            "message",
                            returned.message(),
                            Outbox.LINK,
                            "assessments/" + returned.assessmentId()),
                    null,
                    null);
        }
    }

    /** The organization's coordinators get a confirmation. */
    @EventListener
    void on(AssessmentSubmitted submitted) {
        String organization =
                organizationNames(List.of(submitted.organizationId())).getOrDefault(submitted.organizationId(), "");
        for (Contact contact : contacts.ofOrganizations(Set.of(submitted.organizationId()))) {
            if (contact.role() != Role.ORG_ADMIN) {
                continue;
            }
            outbox.queue(
                    NotificationKind.SUBMITTED,
                    contact,
                    Map.of(
                            "organization",
                            organization,
                            "campaign",
                            submitted.campaignName(),
                            "submittedBy",
                            submitted.submittedBy(),
                            Outbox.LINK,
                            "assessments/" + submitted.assessmentId() + "/results"),
                    null,
                    null);
        }
    }

    /** The link to set or reset a password; the token travels as the outbox row's secret, erased once sent. */
    @EventListener
    void on(PasswordLinkIssued link) {
        Contact to = new Contact(link.username(), link.displayName(), link.email(), link.language(), null, null, false);
        long hours = Math.max(
                1,
                Math.round(Duration.between(clock.instant(), link.expiresAt()).toMinutes() / 60.0));
        outbox.queue(
                link.purpose() == PasswordLinkIssued.Purpose.SET
                        ? NotificationKind.PASSWORD_SET
                        : NotificationKind.PASSWORD_RESET,
                to,
                Map.of("username", link.username(), "hours", String.valueOf(hours), Outbox.LINK, "set-password?token="),
                link.token(),
                null);
    }

    private Map<Long, String> organizationNames(java.util.Collection<Long> ids) {
        Map<Long, String> names = new java.util.HashMap<>();
        organizations.findAll(ids).forEach(o -> names.put(o.id(), o.name()));
        return names;
    }
}
