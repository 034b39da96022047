package eu.resilience.assessment.notification;

import static com.github.mvysny.kaributesting.v10.LocatorJ._assertNone;
import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static com.github.mvysny.kaributesting.v10.LocatorJ._get;
import static com.github.mvysny.kaributesting.v10.LocatorJ._setValue;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.AbstractLogin;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.textfield.EmailField;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.router.QueryParameters;
import eu.resilience.assessment.As;
import eu.resilience.assessment.KaribuTest;
import eu.resilience.assessment.TestClock;
import eu.resilience.assessment.organization.OrganizationException;
import eu.resilience.assessment.organization.PasswordLinks;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.TestOrganizations;
import eu.resilience.assessment.organization.UserAdministration;
import eu.resilience.assessment.organization.UserForm;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.security.crypto.password.PasswordEncoder;

/** Accounts by invitation and "Forgot password": one-time links by e-mail, used on the public set-password page. */
class PasswordLinkTest extends KaribuTest {

    private static final Pattern LINK = Pattern.compile("/set-password\\?token=([A-Za-z0-9_-]+)");

    @Autowired
    UserAdministration users;

    @Autowired
    PasswordLinks links;

    @Autowired
    TestOrganizations accounts;

    @Autowired
    PasswordEncoder passwordEncoder;

    @Autowired
    NotificationRepository notifications;

    @Autowired
    OutboxSender sender;

    @Autowired
    JavaMailSender mailSender;

    @Autowired
    TestClock clock;

    @BeforeEach
    void emptyOutboxAndMailbox() {
        TestMailServer.start(mailSender);
        notifications.deleteAll();
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    /** A lead created by an administrator with an address and no password; returns the username. */
    private String invitedLead(String email) {
        String username = "lead-" + UUID.randomUUID().toString().substring(0, 8);
        As.user(
                "admin",
                Role.ADMIN,
                () -> users.create(new UserForm(username, "Lou Lead", Role.LEAD, null, email, "")));
        return username;
    }

    private static String tokenIn(MimeMessage mail) {
        Matcher matcher = LINK.matcher(MailFixture.part(mail, "text/plain"));
        assertThat(matcher.find()).as("the mail has the link").isTrue();
        return matcher.group(1);
    }

    private void openLink(String token) {
        UI.getCurrent().navigate("set-password", QueryParameters.of("token", token));
    }

    private String pageMessage() {
        return _get(Paragraph.class, spec -> spec.withId("set-password-message"))
                .getText();
    }

    @Test
    void aNewAccountGetsALinkThatSetsItsPasswordOnceAndThenNoMore() {
        String email = UUID.randomUUID().toString().substring(0, 8) + "@Partnership.example";
        String username = invitedLead(email);

        assertThat(notifications.findAll()).singleElement().satisfies(n -> {
            assertThat(n.getKind()).isEqualTo(NotificationKind.PASSWORD_SET);
            assertThat(n.getRecipient()).isEqualTo(email.toLowerCase());
            assertThat(n.getParameters()).doesNotContain(n.getSecret());
        });
        assertThat(sender.sendDue()).isEqualTo(1);
        MimeMessage mail = TestMailServer.received(mailSender).get(0);
        String token = tokenIn(mail);
        assertThat(MailFixture.part(mail, "text/plain")).contains(username, "72 hours");
        assertThat(notifications.findAll().get(0).getSecret())
                .as("erased once sent")
                .isNull();
        String before = accounts.findByUsername(username).orElseThrow().getPasswordHash();

        openLink(token);
        assertThat(pageMessage()).isEqualTo("Choose a password for the account " + username + ".");
        PasswordField password = _get(PasswordField.class, spec -> spec.withId("set-password-new"));
        PasswordField repeat = _get(PasswordField.class, spec -> spec.withId("set-password-repeat"));
        _setValue(password, "my own long passphrase");
        _setValue(repeat, "my own long passfrase");
        _click(_get(Button.class, spec -> spec.withId("set-password-save")));
        assertThat(repeat.isInvalid()).as("shown on the repetition").isTrue();
        assertThat(repeat.getErrorMessage()).isEqualTo("The two passwords differ: type the same password twice.");
        _setValue(password, username);
        _setValue(repeat, username);
        assertThat(repeat.isInvalid()).as("cleared once the same").isFalse();
        _click(_get(Button.class, spec -> spec.withId("set-password-save")));
        assertThat(password.isInvalid())
                .as("the password policy applies, on the password")
                .isTrue();
        assertThat(password.getErrorMessage()).isEqualTo("The password must not be the username.");
        assertThat(pageMessage()).isEqualTo("Choose a password for the account " + username + ".");
        assertThat(accounts.findByUsername(username).orElseThrow().getPasswordHash())
                .isEqualTo(before);

        _setValue(password, "my own long passphrase");
        assertThat(password.isInvalid()).as("cleared once changed").isFalse();
        _setValue(repeat, "my own long passphrase");
        _click(_get(Button.class, spec -> spec.withId("set-password-save")));
        assertThat(pageMessage()).isEqualTo("Your password is saved. You can log in now.");
        assertThat(passwordEncoder.matches(
                        "my own long passphrase",
                        accounts.findByUsername(username).orElseThrow().getPasswordHash()))
                .isTrue();

        openLink(token);
        assertThat(pageMessage()).startsWith("This link was already used");
        _assertNone(PasswordField.class, spec -> spec.withId("set-password-new"));
        assertThatThrownBy(() -> links.setPassword(token, "another long passphrase"))
                .isInstanceOf(OrganizationException.class)
                .hasMessage("password-link.used");
    }

    @Test
    void aLinkOlderThan72HoursIsRefusedWithAClearMessageAndAnUnknownOneToo() {
        invitedLead(UUID.randomUUID().toString().substring(0, 8) + "@partnership.example");
        String token = notifications.findAll().get(0).getSecret();

        clock.advance(Duration.ofHours(72).plusMinutes(1));

        openLink(token);
        assertThat(pageMessage()).startsWith("This link has expired (links work for 72 hours).");
        assertThatThrownBy(() -> links.setPassword(token, "a long enough passphrase"))
                .isInstanceOf(OrganizationException.class)
                .hasMessage("password-link.expired");
        openLink(token.substring(1));
        assertThat(pageMessage()).startsWith("This link is not valid.");
    }

    @Test
    void forgotPasswordGivesTheSameAnswerForAKnownAndAnUnknownAddressAndMailsOnlyTheKnownOne() throws Exception {
        String email = UUID.randomUUID().toString().substring(0, 8) + "@partnership.example";
        String username = invitedLead(email);
        notifications.deleteAll();

        String known = askForLink(email);
        String unknown = askForLink("nobody-" + UUID.randomUUID().toString().substring(0, 8) + "@partnership.example");

        assertThat(known)
                .isEqualTo(unknown)
                .isEqualTo("If an account has this address, a link to choose a new password is on its way."
                        + " It works once and for 72 hours.");
        assertThat(TestMailServer.received(mailSender))
                .as("the answer never waits for the mail server")
                .isEmpty();
        assertThat(notifications.findAll()).singleElement().satisfies(n -> assertThat(n.getKind())
                .isEqualTo(NotificationKind.PASSWORD_RESET));
        assertThat(sender.sendDue()).isEqualTo(1);
        MimeMessage mail = TestMailServer.received(mailSender).get(0);
        assertThat(mail.getAllRecipients()[0].toString()).isEqualTo(email);
        links.setPassword(tokenIn(mail), "a brand new passphrase");
        assertThat(passwordEncoder.matches(
                        "a brand new passphrase",
                        accounts.findByUsername(username).orElseThrow().getPasswordHash()))
                .isTrue();

        assertThat(askForLink("not an address")).isEqualTo("\"not an address\" is not a valid e-mail address.");
        assertThat(notifications.count()).isEqualTo(1);

        assertThat(askForLink(email)).as("asked again at once").isEqualTo(known);
        assertThat(notifications.count())
                .as("one reset mail per account every 5 minutes")
                .isEqualTo(1);
        clock.advance(Duration.ofMinutes(6));
        askForLink(email);
        assertThat(notifications.count()).isEqualTo(2);
    }

    /** Opens "Forgot password" on the login page, sends the address and returns the answer shown. */
    private String askForLink(String address) {
        UI.getCurrent().navigate("login");
        LoginForm form = _get(LoginForm.class);
        ComponentUtil.fireEvent(form, new AbstractLogin.ForgotPasswordEvent(form, true));
        _setValue(_get(EmailField.class, spec -> spec.withId("forgot-email")), address);
        _click(_get(Button.class, spec -> spec.withId("forgot-send")));
        String answer =
                _get(Paragraph.class, spec -> spec.withId("forgot-answer")).getText();
        _click(_get(Button.class, spec -> spec.withText("Close")));
        return answer;
    }
}
