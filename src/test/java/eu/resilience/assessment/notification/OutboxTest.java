package eu.resilience.assessment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.H2Test;
import eu.resilience.assessment.TestClock;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.organization.AccountSettings;
import eu.resilience.assessment.organization.Language;
import eu.resilience.assessment.organization.OrganizationAdministration;
import eu.resilience.assessment.organization.UserAdministration;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox with a real SMTP server (GreenMail): invitations end to end, a server that goes down, a dead node. */
@H2Test
class OutboxTest {

    @Autowired
    CampaignService campaigns;

    @Autowired
    OrganizationAdministration organizations;

    @Autowired
    UserAdministration users;

    @Autowired
    AccountSettings settings;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    OutboxSender sender;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    ObjectProvider<JavaMailSender> mailSenders;

    @Autowired
    NotificationSettings notificationSettings;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TestClock clock;

    @BeforeEach
    void emptyOutboxAndMailbox() {
        TestMailServer.start(mailSender);
        notifications.deleteAll(); // other tests' campaigns queued invitations too
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aCampaignQueuesOneInvitationPerUserInTheSameTransactionAndTheSenderSendsThemInTheirLanguage() {
        MailFixture.Operator operator = MailFixture.operator(organizations, users, settings, Language.DE);
        LocalDate opens = LocalDate.of(2031, 3, 1);
        MailFixture.campaign(campaigns, opens, opens.plusDays(30), operator);

        assertThat(notifications.findAll())
                .extracting(Notification::getKind, Notification::getRecipient, Notification::getStatus)
                .containsExactlyInAnyOrder(
                        org.assertj.core.groups.Tuple.tuple(
                                NotificationKind.INVITATION, operator.coordinatorEmail(), NotificationStatus.QUEUED),
                        org.assertj.core.groups.Tuple.tuple(
                                NotificationKind.INVITATION, operator.respondentEmail(), NotificationStatus.QUEUED));
        assertThat(TestMailServer.received(mailSender))
                .as("nothing is sent inside the transaction")
                .isEmpty();

        assertThat(sender.sendDue()).isEqualTo(2);

        List<MimeMessage> received = TestMailServer.received(mailSender);
        assertThat(received).hasSize(2);
        MimeMessage german =
                MailFixture.to(received, operator.coordinatorEmail()).get(0);
        MimeMessage english =
                MailFixture.to(received, operator.respondentEmail()).get(0);
        assertThat(subject(german)).startsWith("Einladung: Mail ");
        assertThat(MailFixture.part(german, "text/plain"))
                .contains("Guten Tag Cora", operator.name(), "1. März 2031", "31. März 2031")
                .contains(notificationSettings.publicUrl() + "/assessments");
        assertThat(subject(english)).startsWith("Invitation: Mail ");
        assertThat(MailFixture.part(english, "text/plain")).contains("Hello Remy", "March 31, 2031");
        assertThat(MailFixture.part(english, "text/html"))
                .contains("<a href=\"" + notificationSettings.publicUrl() + "/assessments\"");
        assertThat(notifications.findAll()).allSatisfy(n -> {
            assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT);
            assertThat(n.getSentAt()).isNotNull();
        });
        assertThat(sender.sendDue()).as("each notification is sent once").isZero();
        assertThat(TestMailServer.received(mailSender)).hasSize(2);
    }

    @Test
    void aCampaignWhoseTransactionRollsBackLeavesNoNotification() {
        MailFixture.Operator operator = MailFixture.operator(organizations, users, settings, Language.EN);

        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            MailFixture.campaign(campaigns, LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 30), operator);
            assertThat(notifications.count()).isEqualTo(2);
            status.setRollbackOnly();
        });

        assertThat(notifications.count()).isZero();
    }

    @Test
    void whileTheMailServerIsDownNothingIsLostAndWhenItIsBackEachMailIsSentOnce() {
        MailFixture.Operator operator = MailFixture.operator(organizations, users, settings, Language.EN);
        MailFixture.campaign(campaigns, LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 30), operator);
        TestMailServer.down(mailSender);
        try {
            assertThat(sender.sendDue()).isZero();
            assertThat(notifications.findAll()).allSatisfy(n -> {
                assertThat(n.getStatus()).isEqualTo(NotificationStatus.QUEUED);
                assertThat(n.getAttempts()).isEqualTo(1);
                assertThat(n.getLastError()).contains("Connection refused");
                assertThat(n.getNextAttemptAt()).isAfter(clock.instant());
            });
            assertThat(sender.sendDue()).as("backoff: not retried at once").isZero();
            assertThat(notifications.findAll())
                    .allSatisfy(n -> assertThat(n.getAttempts()).isEqualTo(1));
        } finally {
            TestMailServer.up(mailSender);
        }

        assertThat(sender.sendDue()).as("still waiting for the retry time").isZero();
        clock.advance(notificationSettings.retryDelay().plusSeconds(1));
        assertThat(sender.sendDue()).isEqualTo(2);
        assertThat(sender.sendDue()).isZero();
        assertThat(TestMailServer.received(mailSender)).hasSize(2);
        assertThat(notifications.findAll()).allSatisfy(n -> {
            assertThat(n.getStatus()).isEqualTo(NotificationStatus.SENT);
            assertThat(n.getAttempts()).isEqualTo(2);
        });
    }

    @Test
    void aRowClaimedByANodeThatDiedIsSentByAnotherNodeOnceTheClaimRunsOut() {
        MailFixture.Operator operator = MailFixture.operator(organizations, users, settings, Language.EN);
        MailFixture.campaign(campaigns, LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 30), operator);
        long id = notifications.findAll().get(0).getId();
        // the dead node claimed one row and never finished
        new TransactionTemplate(transactionManager).executeWithoutResult(s -> assertThat(notifications.claim(
                        id, "dead-node", clock.instant(), clock.instant().plus(notificationSettings.claimLease())))
                .isEqualTo(1));

        assertThat(sender.sendDue()).as("the other row only").isEqualTo(1);
        clock.advance(notificationSettings.claimLease().plus(Duration.ofSeconds(1)));
        assertThat(sender.sendDue()).isEqualTo(1);
        assertThat(sender.sendDue()).isZero();
        assertThat(TestMailServer.received(mailSender)).hasSize(2);
        assertThat(notifications.findById(id).orElseThrow().getStatus()).isEqualTo(NotificationStatus.SENT);
    }

    @Test
    void afterTheLastAttemptANotificationFailsUntilAnAdministratorSendsItAgain() {
        // a sender whose server never answers (nothing listens on port 1)
        org.springframework.mail.javamail.JavaMailSenderImpl nowhere =
                new org.springframework.mail.javamail.JavaMailSenderImpl();
        nowhere.setHost("127.0.0.1");
        nowhere.setPort(1);
        OutboxSender failing = new OutboxSender(
                notifications,
                new org.springframework.beans.factory.support.StaticListableBeanFactory(
                                java.util.Map.of("mailSender", nowhere))
                        .getBeanProvider(JavaMailSender.class),
                transactionManager,
                clock,
                notificationSettings,
                "failing-node");
        MailFixture.Operator operator = MailFixture.operator(organizations, users, settings, Language.EN);
        MailFixture.campaign(campaigns, LocalDate.of(2031, 3, 1), LocalDate.of(2031, 3, 30), operator);

        for (int attempt = 1; attempt <= notificationSettings.maxAttempts(); attempt++) {
            failing.sendDue();
            clock.advance(notificationSettings.retryMaxDelay().plusSeconds(1));
        }

        assertThat(notifications.findAll()).allSatisfy(n -> {
            assertThat(n.getStatus()).isEqualTo(NotificationStatus.FAILED);
            assertThat(n.getAttempts()).isEqualTo(notificationSettings.maxAttempts());
            assertThat(n.getLastError()).contains("Connection refused");
        });
        assertThat(failing.sendDue()).isZero();
        assertThat(sender.sendDue())
                .as("a failed notification waits for an administrator")
                .isZero();
        assertThat(failing.backoff(1)).isEqualTo(notificationSettings.retryDelay());
        assertThat(failing.backoff(2))
                .isEqualTo(notificationSettings.retryDelay().multipliedBy(2));
        assertThat(failing.backoff(30)).isEqualTo(notificationSettings.retryMaxDelay());
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (jakarta.mail.MessagingException e) {
            throw new IllegalStateException(e);
        }
    }
}
