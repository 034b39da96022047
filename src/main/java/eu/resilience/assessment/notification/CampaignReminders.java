package eu.resilience.assessment.notification;

import eu.resilience.assessment.assessment.CampaignSchedule;
import eu.resilience.assessment.assessment.OpenCampaign;
import eu.resilience.assessment.organization.Contact;
import eu.resilience.assessment.organization.Contacts;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Reminders before a campaign's closing day and the leads' weekly digest, decided for one day. Each is queued once
 * (a unique key per campaign, threshold or week, and recipient), so running this again the same day, or on several
 * nodes at once, queues nothing twice.
 */
@Component
class CampaignReminders {

    private static final Logger log = LoggerFactory.getLogger(CampaignReminders.class);

    private final CampaignSchedule schedule;
    private final Contacts contacts;
    private final Outbox outbox;
    private final TransactionTemplate transactions;

    CampaignReminders(
            CampaignSchedule schedule,
            Contacts contacts,
            Outbox outbox,
            PlatformTransactionManager transactionManager) {
        this.schedule = schedule;
        this.contacts = contacts;
        this.outbox = outbox;
        this.transactions = new TransactionTemplate(transactionManager);
    }

    /**
     * Queues the reminders and digests due on the day.
     *
     * @return how many notifications were queued
     */
    int run(LocalDate today) {
        int queued = 0;
        for (OpenCampaign campaign : schedule.openOn(today)) {
            try {
                Integer count = transactions.execute(status -> reminders(campaign, today) + digest(campaign, today));
                queued += count == null ? 0 : count;
            } catch (DataIntegrityViolationException concurrent) {
                // another node queued the same reminders at the same moment: its rows stand, ours rolled back
                log.debug("Reminders of campaign {} queued by another node", campaign.id());
            }
        }
        return queued;
    }

    /**
     * The threshold due today: the smallest number of days N with closing day - N <= today, if that day came after the
     * campaign was created (a threshold passed before the invitation is not sent). Missed days are caught up once.
     */
    static Optional<Integer> dueReminder(OpenCampaign campaign, LocalDate today) {
        LocalDate created = campaign.createdAt().atZone(ZoneOffset.UTC).toLocalDate();
        return campaign.reminderDays().stream()
                .filter(days -> !campaign.closesOn().minusDays(days).isAfter(today))
                .min(Integer::compare)
                .filter(days -> !campaign.closesOn().minusDays(days).isBefore(created));
    }

    private int reminders(OpenCampaign campaign, LocalDate today) {
        Optional<Integer> due = dueReminder(campaign, today);
        if (due.isEmpty()) {
            return 0;
        }
        Map<Long, OpenCampaign.Invitee> waiting = campaign.invitees().stream()
                .filter(invitee -> !invitee.hasSubmitted())
                .collect(Collectors.toMap(OpenCampaign.Invitee::organizationId, invitee -> invitee));
        int queued = 0;
        for (Contact contact : contacts.ofOrganizations(waiting.keySet())) {
            if (!contact.wantsReminders()) {
                continue;
            }
            String key = "reminder:" + campaign.id() + ":" + due.get() + ":" + contact.username();
            if (outbox.alreadyQueued(key)) {
                continue;
            }
            OpenCampaign.Invitee invitee = waiting.get(contact.organizationId());
            outbox.queue(
                    NotificationKind.REMINDER,
                    contact,
                    Map.of(
                            "organization",
                            invitee.organizationName(),
                            "campaign",
                            campaign.name(),
                            "closesOn",
                            campaign.closesOn().toString(),
                            "days",
                            String.valueOf(ChronoUnit.DAYS.between(today, campaign.closesOn())),
                            Outbox.LINK,
                            "assessments/" + invitee.assessmentId()),
                    null,
                    key);
            queued++;
        }
        return queued;
    }

    /** Once a week from a week after the opening day: participation, to every partnership lead with an address. */
    private int digest(OpenCampaign campaign, LocalDate today) {
        long week = ChronoUnit.DAYS.between(campaign.opensOn(), today) / 7;
        if (week < 1) {
            return 0;
        }
        List<OpenCampaign.Invitee> invitees = campaign.invitees();
        long submitted =
                invitees.stream().filter(OpenCampaign.Invitee::hasSubmitted).count();
        long notStarted = invitees.stream()
                .filter(i -> i.status() == eu.resilience.assessment.assessment.AssessmentStatus.NOT_STARTED)
                .count();
        String waiting = invitees.stream()
                .filter(i -> !i.hasSubmitted())
                .map(i -> "- " + i.organizationName())
                .collect(Collectors.joining("\n"));
        int queued = 0;
        for (Contact lead : contacts.leads()) {
            String key = "digest:" + campaign.id() + ":" + week + ":" + lead.username();
            if (outbox.alreadyQueued(key)) {
                continue;
            }
            outbox.queue(
                    NotificationKind.DIGEST,
                    lead,
                    Map.of(
                            "campaign",
                            campaign.name(),
                            "closesOn",
                            campaign.closesOn().toString(),
                            "invited",
                            String.valueOf(invitees.size()),
                            "submitted",
                            String.valueOf(submitted),
                            "started",
                            String.valueOf(invitees.size() - submitted - notStarted),
                            "notStarted",
                            String.valueOf(notStarted),
                            "waiting",
                            waiting.isEmpty() ? "-" : waiting,
                            Outbox.LINK,
                            "campaigns"),
                    null,
                    key);
            queued++;
        }
        return queued;
    }
}
