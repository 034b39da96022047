package eu.resilience.assessment.notification;

import java.time.Clock;
import java.util.List;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The outbox as administrators see it: what is queued, sent or failed (with the SMTP error), and resending. */
@Service
public class OutboxService {

    /** The most rows one page of the outbox screen may ask for. */
    public static final int MAX_PAGE = 200;

    private final NotificationRepository notifications;
    private final OutboxSender sender;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    OutboxService(
            NotificationRepository notifications, OutboxSender sender, ApplicationEventPublisher events, Clock clock) {
        this.notifications = notifications;
        this.sender = sender;
        this.events = events;
        this.clock = clock;
    }

    /** Whether a mail server is configured; without one every notification stays queued. */
    @PreAuthorize("hasRole('ADMIN')")
    public boolean mailServerConfigured() {
        return sender.mailServerConfigured();
    }

    /**
     * One page of notifications, newest first.
     *
     * @param status only this status, or null for all
     */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public List<OutboxEntry> entries(NotificationStatus status, int offset, int limit) {
        int size = Math.max(1, Math.min(limit, MAX_PAGE));
        PageRequest page = PageRequest.of(Math.max(0, offset) / size, size);
        boolean configured = sender.mailServerConfigured();
        return (status == null
                        ? notifications.findAllByOrderByIdDesc(page)
                        : notifications.findByStatusOrderByIdDesc(status, page))
                .stream().map(n -> OutboxEntry.of(n, configured)).toList();
    }

    /** How many notifications have this status. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional(readOnly = true)
    public long count(NotificationStatus status) {
        return notifications.countByStatus(status);
    }

    /** Queues a failed notification again, at once and with a fresh count of attempts. Audited. */
    @PreAuthorize("hasRole('ADMIN')")
    @Transactional
    public void resend(long id) {
        Notification notification =
                notifications.findById(id).orElseThrow(() -> new NotificationException("outbox.not-found"));
        if (notification.getStatus() != NotificationStatus.FAILED || notifications.requeue(id, clock.instant()) != 1) {
            throw new NotificationException("outbox.not-failed");
        }
        events.publishEvent(new NotificationResent(id, notification.getKind(), notification.getRecipient()));
    }
}
