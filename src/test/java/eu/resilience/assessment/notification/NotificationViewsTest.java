package eu.resilience.assessment.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._find;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.mvysny.kaributesting.v10.GridKt;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.EmailField;
import eu.resilience.assessment.As;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.TestClock;
import eu.resilience.assessment.assessment.CampaignService;
import eu.resilience.assessment.audit.AuditLog;
import eu.resilience.assessment.notification.ui.OutboxView;
import eu.resilience.assessment.organization.AccountSettings;
import eu.resilience.assessment.organization.Language;
import eu.resilience.assessment.organization.MyAccount;
import eu.resilience.assessment.organization.OrganizationAdministration;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.UserAdministration;
import eu.resilience.assessment.organization.ui.ProfileView;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The administrator's outbox screen and every user's profile page. */
@SuppressWarnings("unchecked")
class NotificationViewsTest extends KaribuTest {

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
    NotificationSettings notificationSettings;

    @Autowired
    PlatformTransactionManager transactionManager;

    @Autowired
    TestClock clock;

    @Autowired
    AuditLog audit;

    /** A notification that failed for good, with the SMTP server's answer. */
    private Notification failedInvitation() {
        notifications.deleteAll();
        MailFixture.Operator operator = MailFixture.operator(organizations, users, settings, Language.EN);
        MailFixture.campaign(campaigns, LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 31), operator);
        Notification notification = notifications.findAll().get(0);
        new TransactionTemplate(transactionManager).executeWithoutResult(status -> {
            notifications.claim(
                    notification.getId(),
                    "node",
                    clock.instant(),
                    clock.instant().plusSeconds(60));
            notifications.markFailed(
                    notification.getId(),
                    "node",
                    NotificationStatus.FAILED,
                    8,
                    clock.instant(),
                    "550 5.1.1 mailbox unavailable");
        });
        return notification;
    }

    @Test
    void theAdministratorSeesAFailedMailWithTheServersErrorAndSendsItAgain() {
        Notification failed = failedInvitation();
        login("admin", Role.ADMIN);
        UI.getCurrent().navigate(OutboxView.class);

        Grid<OutboxEntry> grid = _get(Grid.class, spec -> spec.withId("outbox"));
        OutboxEntry row = GridKt._findAll(grid).stream()
                .filter(e -> e.id() == failed.getId())
                .findFirst()
                .orElseThrow();
        assertThat(row.state()).isEqualTo(OutboxEntry.State.FAILED);
        assertThat(row.lastError()).isEqualTo("550 5.1.1 mailbox unavailable");
        assertThat(row.attempts()).isEqualTo(8);
        _assertNone(Paragraph.class, spec -> spec.withId("outbox-no-mail-server"));

        Button resend =
                (Button) GridKt._getCellComponent(grid, GridKt._findAll(grid).indexOf(row), "actions");
        assertThat(resend.getId()).hasValue("resend-" + failed.getId());
        _click(resend);

        Notification after = notifications.findById(failed.getId()).orElseThrow();
        assertThat(after.getStatus()).isEqualTo(NotificationStatus.QUEUED);
        assertThat(after.getAttempts()).isZero();
        assertThat(As.user("admin", Role.ADMIN, () -> audit.eventsOf("notification", failed.getId())))
                .extracting(e -> e.getAction())
                .containsExactly("NOTIFICATION_RESENT");
        _setValue(_get(ComboBox.class, spec -> spec.withId("outbox-status")), NotificationStatus.FAILED);
        assertThat(GridKt._findAll(grid)).noneMatch(e -> e.id() == failed.getId());
    }

    @Test
    void withoutAMailServerNothingIsSentAndTheAdministratorIsToldWhy() {
        MailFixture.Operator operator = MailFixture.operator(organizations, users, settings, Language.EN);
        notifications.deleteAll();
        MailFixture.campaign(campaigns, LocalDate.of(2031, 5, 1), LocalDate.of(2031, 5, 31), operator);
        OutboxSender withoutServer = new OutboxSender(
                notifications,
                new StaticListableBeanFactory().getBeanProvider(JavaMailSender.class),
                transactionManager,
                clock,
                notificationSettings,
                "demo-node");

        assertThat(withoutServer.mailServerConfigured()).isFalse();
        assertThat(withoutServer.sendDue()).isZero();
        assertThat(notifications.findAll()).hasSize(2).allSatisfy(n -> {
            assertThat(n.getStatus()).isEqualTo(NotificationStatus.QUEUED);
            assertThat(n.getAttempts()).isZero();
            assertThat(OutboxEntry.of(n, false).state()).isEqualTo(OutboxEntry.State.NO_MAIL_SERVER);
        });
    }

    @Test
    void aUserTurnsRemindersOffAndChoosesTheLanguageOfTheirMailsOnTheProfilePage() {
        MailFixture.Operator operator = MailFixture.operator(organizations, users, settings, Language.EN);
        login(operator.respondent(), Role.RESPONDENT);
        UI.getCurrent().navigate(ProfileView.class);

        EmailField email = _get(EmailField.class, spec -> spec.withId("profile-email"));
        _setValue(email, "");
        _click(_get(Button.class, spec -> spec.withId("profile-account-save")));
        assertThat(email.isInvalid()).isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter an e-mail address.");

        _setValue(email, "not-an-address");
        _click(_get(Button.class, spec -> spec.withId("profile-account-save")));
        assertThat(email.isInvalid()).as("shown on the field").isTrue();
        assertThat(email.getErrorMessage()).isEqualTo("Enter an e-mail address such as name@example.org.");
        assertThat(_find(Paragraph.class, spec -> spec.withId("profile-account-error")))
                .isEmpty();
        assertThat(As.user(operator.respondent(), Role.RESPONDENT, () -> settings.mine()))
                .isEqualTo(new MyAccount(
                        operator.respondent(),
                        As.user(operator.respondent(), Role.RESPONDENT, () -> settings.mine())
                                .displayName(),
                        operator.respondentEmail(),
                        Language.EN,
                        true));

        _setValue(email, operator.coordinatorEmail());
        assertThat(email.isInvalid())
                .as("cleared as soon as the address is changed")
                .isFalse();
        _click(_get(Button.class, spec -> spec.withId("profile-account-save")));
        assertThat(email.getErrorMessage())
                .isEqualTo(
                        "The e-mail address " + operator.coordinatorEmail() + " already belongs to another account.");

        _setValue(_get(EmailField.class, spec -> spec.withId("profile-email")), operator.respondentEmail());
        _setValue(_get(ComboBox.class, spec -> spec.withId("profile-language")), Language.FR);
        _setValue(_get(Checkbox.class, spec -> spec.withId("profile-reminders")), false);
        _click(_get(Button.class, spec -> spec.withId("profile-account-save")));

        MyAccount saved = As.user(operator.respondent(), Role.RESPONDENT, () -> settings.mine());
        assertThat(saved.language()).isEqualTo(Language.FR);
        assertThat(saved.reminders()).isFalse();
    }
}
