package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import eu.resilience.assessment.As;
import eu.resilience.assessment.organization.OrganizationAdministration;
import eu.resilience.assessment.organization.OrganizationForm;
import eu.resilience.assessment.organization.ProfileForm;
import eu.resilience.assessment.organization.Role;
import eu.resilience.assessment.organization.Sector;
import eu.resilience.assessment.organization.SizeClass;
import eu.resilience.assessment.organization.UserAdministration;
import eu.resilience.assessment.organization.UserForm;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * In real Chromium, under the Content-Security-Policy: the administrator's and the coordinator's screens, the refusal of
 * a screen the role may not open, and the lockout after five failed logins. Screenshots in target/screenshots.
 */
@JourneyLaneB
class AdministrationJourneyIT {

    private static Browser browser;

    @LocalServerPort
    int port;

    @Autowired
    UserAdministration users;

    @Autowired
    OrganizationAdministration organizations;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    private void logIn(String username, String password) {
        browser.logIn(port, username, password);
    }

    private void open(String path) {
        browser.open(port, path);
    }

    @Test
    void theAdministratorsScreensWorkUnderTheContentSecurityPolicy() {
        As.user(
                "admin",
                Role.ADMIN,
                () -> organizations.create(new OrganizationForm(
                        "Baltic Ferry Lines", new ProfileForm(Sector.TRANSPORT, "water", SizeClass.MEDIUM, "LV"))));
        browser.logInAndOpen(port, "admin", "resilience-demo", "");
        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "Cyber resilience baseline");

        // the navigation's native links change the screen inside the page: a window variable survives the click
        JavascriptExecutor page = (JavascriptExecutor) browser.driver();
        page.executeScript("window.__samePage = 'yes';");
        assertThat(browser.waitFor(By.cssSelector("nav.ra-side-nav")).getAttribute("aria-label"))
                .isEqualTo("Main navigation");
        browser.waitFor(By.cssSelector("nav.ra-side-nav a[href='admin/organizations']"))
                .click();
        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "Nordgrid Energy");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/admin/organizations");
        assertThat(page.executeScript("return window.__samePage")).isEqualTo("yes");
        assertThat(page.executeScript("return [...document.querySelectorAll('nav.ra-side-nav a[aria-current]')]"
                        + ".map(a => a.getAttribute('href') + '=' + a.getAttribute('aria-current'))"))
                .isEqualTo(java.util.List.of("admin/organizations=page"));
        browser.screenshot("admin-organizations");
        browser.click(browser.waitFor(By.id("new-organization")));
        browser.waitFor(By.id("org-name"));
        browser.screenshot("admin-organization-dialog");
        browser.click(browser.waitFor(By.id("org-save")));
        browser.waitFor(By.cssSelector("#org-name[invalid]"));
        assertThat(browser.text(By.id("org-sector"))).contains("Choose the sector.");
        browser.screenshot("admin-organization-dialog-errors");
        Number width = (Number) ((JavascriptExecutor) browser.driver())
                .executeScript("return document.querySelector('vaadin-dialog-overlay')"
                        + ".shadowRoot.querySelector('[part=overlay]').getBoundingClientRect().width");
        assertThat(width.doubleValue())
                .as("the dialog's width comes from the theme (ra-dialog-m)")
                .isCloseTo(640.0, within(2.0));

        // with the keyboard: Enter on a link of the navigation, again without a page load
        open("admin/organizations");
        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "Nordgrid Energy");
        page.executeScript("window.__samePage = 'yes';");
        browser.waitFor(By.cssSelector("nav.ra-side-nav a[href='admin/users']"))
                .sendKeys(org.openqa.selenium.Keys.ENTER);
        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "coordinator");
        assertThat(page.executeScript("return window.__samePage")).isEqualTo("yes");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("nav.ra-side-nav a[href='admin/users']"))
                        .getAttribute("aria-current"))
                .isEqualTo("page");
        browser.screenshot("admin-users");

        open("admin/audit");
        browser.waitFor(By.id("audit-events"));
        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "ORGANIZATION_CREATED");
        browser.screenshot("admin-audit-log");

        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void theCoordinatorSeesTheirOrganizationAndIsRefusedTheAdministratorsScreens() {
        browser.logInAndOpen(port, "coordinator", "resilience-demo", "");
        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "Baseline");

        open("my-organization");
        assertThat(browser.waitFor(By.id("my-organization-name")).getText()).isEqualTo("Nordgrid Energy");
        browser.waitForText(By.tagName("vaadin-grid-cell-content"), "respondent2");
        browser.screenshot("coordinator-my-organization");

        open("admin/users");
        assertThat(browser.waitFor(By.id("access-denied")).getText()).contains("Not allowed");
        browser.screenshot("access-denied");
        assertThat(browser.contentSecurityPolicyViolations()).isEmpty();
    }

    @Test
    void fiveFailedLoginsLockTheAccountEvenForTheRightPassword() {
        As.user(
                "admin",
                Role.ADMIN,
                () -> users.create(
                        new UserForm("lockout-lena", "Lena Lockout", Role.LEAD, null, "lena's own long passphrase")));
        for (int i = 0; i < 5; i++) {
            logIn("lockout-lena", "a wrong password " + i);
            browser.waitForText(By.tagName("vaadin-login-form-wrapper"), "Wrong username or password");
        }

        logIn("lockout-lena", "lena's own long passphrase");

        browser.waitForText(By.tagName("vaadin-login-form-wrapper"), "Login temporarily locked");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login?locked");
        browser.screenshot("login-locked");
    }
}
