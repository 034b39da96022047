package eu.resilience.assessment.notification;

import java.time.Clock;
import java.time.LocalDate;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.Scheduled;

/** Runs the sender and the reminders on every node, unless {@code resilience.notification.scheduling=false}. */
@Configuration
@EnableScheduling
@ConditionalOnProperty(name = "resilience.notification.scheduling", havingValue = "true", matchIfMissing = true)
class NotificationSchedule {

    private final OutboxSender sender;
    private final CampaignReminders reminders;
    private final Clock clock;

    NotificationSchedule(OutboxSender sender, CampaignReminders reminders, Clock clock) {
        this.sender = sender;
        this.reminders = reminders;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${resilience.notification.send-interval:15s}",
            initialDelayString = "${resilience.notification.send-interval:15s}")
    void send() {
        sender.sendDue();
    }

    @Scheduled(fixedDelayString = "${resilience.notification.reminder-interval:1h}", initialDelayString = "1m")
    void remind() {
        reminders.run(LocalDate.now(clock));
    }
}
