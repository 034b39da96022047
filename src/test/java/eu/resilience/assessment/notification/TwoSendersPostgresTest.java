package eu.resilience.assessment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.PostgresTest;
import eu.resilience.assessment.TestClock;
import jakarta.mail.internet.MimeMessage;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;

/** Two nodes' senders on one real PostgreSQL, at the same time: every notification is sent exactly once. */
@PostgresTest
class TwoSendersPostgresTest {

    private static final int MAILS = 40;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    ObjectProvider<JavaMailSender> mailSenders;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    NotificationSettings settings;

    @Autowired
    TestClock clock;

    @Test
    void twoSendersRacingForTheSameRowsSendEachMailOnce() throws Exception {
        TestMailServer.start(mailSender);
        notifications.deleteAll();
        notifications.saveAll(IntStream.range(0, MAILS)
                .mapToObj(i -> new Notification(
                        NotificationKind.INVITATION,
                        "operator-" + i + "@partnership.example",
                        "operator-" + i,
                        "en",
                        "Invitation " + i,
                        Outbox.write(Map.of(
                                "campaign",
                                "Race " + i,
                                "organization",
                                "Operator " + i,
                                "opensOn",
                                "2031-01-01",
                                "closesOn",
                                "2031-01-31",
                                Outbox.LINK,
                                "assessments")),
                        null,
                        null,
                        clock.instant()))
                .toList());
        OutboxSender nodeA =
                new OutboxSender(notifications, mailSenders, transactionManager, clock, settings, "node-a");
        OutboxSender nodeB =
                new OutboxSender(notifications, mailSenders, transactionManager, clock, settings, "node-b");

        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> sent =
                    List.of(pool.submit(untilEmpty(nodeA, start)), pool.submit(untilEmpty(nodeB, start)));
            start.countDown();
            int total = 0;
            for (Future<Integer> each : sent) {
                total += each.get();
            }
            assertThat(total).isEqualTo(MAILS);
        } finally {
            pool.shutdownNow();
        }

        List<MimeMessage> received = TestMailServer.received(mailSender);
        assertThat(received).hasSize(MAILS);
        assertThat(received.stream().map(TwoSendersPostgresTest::notificationId).distinct())
                .hasSize(MAILS);
        assertThat(notifications.findAll())
                .allSatisfy(n -> assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT));
    }

    /** A node's sender, run round after round until nothing is due; returns how many it sent. */
    private static Callable<Integer> untilEmpty(OutboxSender sender, CountDownLatch start) {
        return () -> {
            start.await();
            int sent = 0;
            int round;
            do {
                round = sender.sendDue();
                sent += round;
            } while (round > 0);
            return sent;
        };
    }

    private static String notificationId(MimeMessage message) {
        try {
            return message.getHeader("X-Notification-Id")[0];
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
