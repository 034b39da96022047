package eu.resilience.assessment.notification;

import static org.assertj.core.api.Assertions.assertThat;

import eu.resilience.assessment.As;
import eu.resilience.assessment.journey.Browser;
import eu.resilience.assessment.journey.JourneyLaneA;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.UserAdministration;
import eu.resilience.assessment.organization.UserForm;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.mail.javamail.JavaMailSender;

/**
 * In real Chromium: a new user follows the link of their invitation mail (sent through GreenMail), chooses a password
 * and logs in; "Forgot password" on the login page; the administrator's outbox and the profile page. Screenshots in
 * target/screenshots.
 */
@JourneyLaneA
class MailJourneyIT {

    private static final Pattern LINK = Pattern.compile("https?://[^/\\s]+/(set-password\\?token=[A-Za-z0-9_-]+)");

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration users;

    @Autowired
    OutboxSender sender;

    @Autowired
    JavaMailSender mailSender;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @BeforeEach
    void mailServer() {
        TestMailServer.start(mailSender);
    }

    private void open(String path) {
        browser.driver().get("http://localhost:" + port + "/" + path);
    }

    private void type(String fieldId, String text) {
        WebElement input = browser.waitFor(By.cssSelector("#" + fieldId + " input"));
        input.clear();
        input.sendKeys(text, org.openqa.selenium.Keys.TAB); // leaving the field sends its value to the server
    }

    @Test
    void aNewUserFollowsTheLinkInTheirMailChoosesAPasswordAndLogsIn() {
        String username = "newlead-" + UUID.randomUUID().toString().substring(0, 8);
        As.user(
                "admin",
                Role.ADMIN,
                () -> users.create(
                        new UserForm(username, "Nina New", Role.LEAD, null, username + "@partnership.example", "")));
        sender.sendDue();
        String mail = TestMailServer.received(mailSender).stream()
                .filter(m -> MailFixture.part(m, "text/plain").contains(username))
                .map(m -> MailFixture.part(m, "text/plain"))
                .findFirst()
                .orElseThrow();
        Matcher link = LINK.matcher(mail);
        assertThat(link.find()).isTrue();

        browser.driver().manage().deleteAllCookies();
        open(link.group(1));
        assertThat(browser.waitFor(By.id("set-password-message")).getText()).contains(username);
        type("set-password-new", "nina chooses her own phrase");
        type("set-password-repeat", "nina chooses her own phrase");
        browser.screenshot("set-password");
        browser.click(browser.waitFor(By.id("set-password-save")));
        browser.waitForText(By.id("set-password-message"), "Your password is saved.");

        browser.logIn(port, username, "nina chooses her own phrase");
        assertThat(browser.waitFor(By.id("current-user")).getText()).contains(username);
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void forgotPasswordOnTheLoginPageAnswersWithoutSayingWhetherTheAddressExists() {
        browser.driver().manage().deleteAllCookies();
        open("login");
        browser.waitFor(By.cssSelector("input[name='username']"));
        ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeScript(
                        """
                        const all = [...document.querySelectorAll('vaadin-button')];
                        document.querySelectorAll('vaadin-login-form-wrapper, vaadin-login-form').forEach(
                            host => host.shadowRoot && all.push(...host.shadowRoot.querySelectorAll('vaadin-button')));
                        all.find(b => b.textContent.includes('Forgot password')).click();""");
        type("forgot-email", "someone@partnership.example");
        browser.click(browser.waitFor(By.id("forgot-send")));
        browser.waitForText(By.id("forgot-answer"), "If an account has this address");
        browser.screenshot("forgot-password");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void theAdministratorSeesTheOutboxAndEveryUserTheirProfile() {
        browser.logInAndOpen(port, "admin", "resilience-demo", "");
        browser.waitFor(By.id("current-user"));
        open("admin/outbox");
        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "@resilience.example");
        browser.screenshot("admin-outbox");

        browser.logInAndOpen(port, "coordinator", "resilience-demo", "");
        browser.waitFor(By.id("current-user"));
        open("profile");
        assertThat(browser.waitFor(By.cssSelector("#profile-email input")).getAttribute("value"))
                .isEqualTo("coordinator@resilience.example");
        browser.screenshot("profile");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }
}
