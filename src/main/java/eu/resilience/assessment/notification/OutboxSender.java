package eu.resilience.assessment.notification;

import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.net.InetAddress;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.data.domain.PageRequest;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the outbox. Each due row is first claimed by this node with a conditional update (committed), then sent outside
 * any transaction, then marked sent only after the SMTP server accepted it. A failure is retried with exponential
 * backoff up to {@code max-attempts}, then the row is FAILED until an administrator sends it again. A node that dies
 * holding a claim loses it when the claim's lease ends, and another node sends the row: nothing is lost, and nothing
 * is sent twice unless a node dies between the server's acceptance and the mark (SMTP offers nothing closer; the
 * Message-ID is the notification's id, so receivers can tell a duplicate).
 */
@Component
class OutboxSender {

    private static final Logger log = LoggerFactory.getLogger(OutboxSender.class);

    private final NotificationRepository notifications;
    private final ObjectProvider<JavaMailSender> mailSender;
    private final TransactionTemplate transactions;
    private final Clock clock;
    private final NotificationSettings settings;
    private final String node;

    @Autowired
    OutboxSender(
            NotificationRepository notifications,
            ObjectProvider<JavaMailSender> mailSender,
            PlatformTransactionManager transactionManager,
            Clock clock,
            NotificationSettings settings) {
        this(notifications, mailSender, transactionManager, clock, settings, defaultNodeName());
    }

    /** A sender with its own node name (several nodes, or several senders in a test, share one database). */
    OutboxSender(
            NotificationRepository notifications,
            ObjectProvider<JavaMailSender> mailSender,
            PlatformTransactionManager transactionManager,
            Clock clock,
            NotificationSettings settings,
            String node) {
        this.notifications = notifications;
        this.mailSender = mailSender;
        this.transactions = new TransactionTemplate(transactionManager);
        this.clock = clock;
        this.settings = settings;
        this.node = node;
    }

    /** Whether a mail server is configured ({@code spring.mail.host}); without one nothing is sent. */
    boolean mailServerConfigured() {
        return mailSender.getIfAvailable() != null;
    }

    /**
     * Sends what is due, one batch.
     *
     * @return how many notifications the SMTP server accepted
     */
    int sendDue() {
        JavaMailSender mail = mailSender.getIfAvailable();
        if (mail == null) {
            return 0;
        }
        Instant now = clock.instant();
        List<Long> due =
                transactions.execute(status -> notifications.findDue(now, PageRequest.of(0, settings.batchSize())));
        int sent = 0;
        for (long id : due) {
            if (send(mail, id)) {
                sent++;
            }
        }
        return sent;
    }

    private boolean send(JavaMailSender mail, long id) {
        Instant claimedAt = clock.instant();
        Integer claimed = transactions.execute(
                status -> notifications.claim(id, node, claimedAt, claimedAt.plus(settings.claimLease())));
        if (claimed == null || claimed != 1) {
            return false; // another node has it
        }
        Notification notification =
                transactions.execute(status -> notifications.findById(id).orElseThrow());
        try {
            mail.send(message(mail, notification));
        } catch (MessagingException | RuntimeException e) { // MailException and rendering errors alike
            failed(notification, e);
            return false;
        }
        transactions.executeWithoutResult(status -> notifications.markSent(id, node, clock.instant()));
        log.debug("Notification {} sent by {}", id, node);
        return true;
    }

    private void failed(Notification notification, Exception e) {
        int attempts = notification.getAttempts() + 1;
        boolean givingUp = attempts >= settings.maxAttempts();
        Instant next = clock.instant().plus(backoff(attempts));
        String error = Outbox.truncate(describe(e), 1000);
        log.warn(
                "Notification {} not sent (attempt {}{}): {}",
                notification.getId(),
                attempts,
                givingUp ? ", giving up" : "",
                error);
        transactions.executeWithoutResult(status -> notifications.markFailed(
                notification.getId(),
                node,
                givingUp ? NotificationStatus.FAILED : NotificationStatus.QUEUED,
                attempts,
                next,
                error));
    }

    /** 1, 2, 4, 8... times the base delay, at most {@code retry-max-delay}. */
    Duration backoff(int attempts) {
        Duration delay = settings.retryDelay().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
        return delay.compareTo(settings.retryMaxDelay()) > 0 ? settings.retryMaxDelay() : delay;
    }

    private MimeMessage message(JavaMailSender mail, Notification notification) throws MessagingException {
        Map<String, String> parameters = Outbox.read(notification.getParameters());
        String path = parameters.getOrDefault(Outbox.LINK, "");
        String link =
                settings.publicUrl() + "/" + path + (notification.getSecret() == null ? "" : notification.getSecret());
        MailTexts.Mail rendered = MailTexts.render(
                notification.getKind(), MailTexts.supported(notification.getLocale()), parameters, link);
        MimeMessage message = mail.createMimeMessage();
        MimeMessageHelper helper = new MimeMessageHelper(message, true, "UTF-8");
        helper.setFrom(settings.from());
        helper.setTo(notification.getRecipient());
        helper.setSubject(rendered.subject());
        helper.setText(rendered.text(), rendered.html());
        message.setHeader("X-Notification-Id", String.valueOf(notification.getId()));
        // one Message-ID per notification, the same on a retry (JavaMailSenderImpl keeps a Message-ID it is given)
        message.setHeader(
                "Message-ID", "<notification-" + notification.getId() + "@" + settings.messageIdDomain() + ">");
        return message;
    }

    private static String describe(Exception e) {
        StringBuilder text = new StringBuilder(e.getClass().getSimpleName() + ": " + e.getMessage());
        Throwable cause = e.getCause();
        while (cause != null && text.length() < 1000) {
            text.append(" / ")
                    .append(cause.getClass().getSimpleName())
                    .append(": ")
                    .append(cause.getMessage());
            cause = cause.getCause();
        }
        return text.toString();
    }

    private static String defaultNodeName() {
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (java.io.IOException e) {
            host = "node";
        }
        return Outbox.truncate(host, 60) + "-" + UUID.randomUUID().toString().substring(0, 8);
    }
}
