package eu.resilience.assessment.journey;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.logging.LogType;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Debian's Chromium driven by Selenium, headless; never downloads a browser or a driver. Every screenshot of a screen
 * also checks it with axe-core against the WCAG 2.1 A and AA rules (docs/ACCESSIBILITY.md).
 *
 * <p>A closed browser is not quit but kept for the next test class that asks for one in the same language, as a fresh
 * visitor's: no cookie, no stored data of any site, one blank tab at the default size, no emulation, no console
 * message left; only the cache of the files it loaded stays, as it would for a returning visitor. Should anything of
 * that fail, it is quit instead. The browsers kept are quit when the JVM ends.
 */
public final class Browser implements AutoCloseable {

    private static final Path SCREENSHOTS = Path.of("target", "screenshots");

    /** No request of the application's client is pending (the Vaadin clients of the page). */
    private static final String IDLE_EXPRESSION = "Object.keys(window.Vaadin.Flow.clients).length > 0"
            + " && Object.values(window.Vaadin.Flow.clients).every(c => !c.isActive())";

    private static final String IDLE = "return " + IDLE_EXPRESSION;

    /**
     * In development mode the page carries Vaadin Copilot, which waits for the development tools' connection by polling
     * every 10 ms, forever when the tools are off (application.properties): 3 to 4 % of a core for each open page, in
     * every browser, for the whole run. This stands in for an open connection that sends nothing, before any script of
     * the page runs; the production bundle has no Copilot, and the application's own scripts do not look at it.
     */
    private static final String COPILOT_AT_REST = "window.Vaadin = window.Vaadin || {};"
            + " window.Vaadin.devTools = window.Vaadin.devTools"
            + " || {frontendConnection: {status: 'active', canSend: true, send() {}}, createdCvdlElements: []};";

    /** Browsers closed by their test classes, by language, for the next ones; quit when the JVM ends. */
    private static final Map<String, Deque<ChromeDriver>> KEPT = new HashMap<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(Browser::quitKept, "browsers-kept"));
    }

    final ChromeDriver driver;
    final WebDriverWait wait;
    private final String language;
    private boolean closed;

    /** A browser whose user reads English. */
    public Browser() {
        this("en-US");
    }

    /** A browser whose user reads the language (e.g. "fr-FR"): its Accept-Language and its interface. */
    public Browser(String language) {
        this.language = language;
        ChromeDriver kept;
        synchronized (KEPT) {
            kept = KEPT.getOrDefault(language, new ArrayDeque<>()).pollFirst();
        }
        driver = kept != null ? kept : start(language);
        wait = new WebDriverWait(driver, Duration.ofSeconds(30), Duration.ofMillis(25));
        wait.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
    }

    private static ChromeDriver start(String language) {
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of("/usr/bin/chromedriver").toFile())
                .usingAnyFreePort()
                .build();
        ChromeOptions options = new ChromeOptions();
        options.setBinary("/usr/bin/chromium");
        try {
            options.addArguments(
                    "--headless",
                    "--no-sandbox",
                    "--disable-gpu",
                    "--disable-quic",
                    "--no-first-run",
                    "--disable-background-networking",
                    "--disable-component-update",
                    "--disable-sync",
                    "--disable-dev-shm-usage",
                    "--window-size=1366,900",
                    "--lang=" + language,
                    "--accept-lang=" + language,
                    "--user-data-dir=" + Files.createTempDirectory("chromium-profile"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        options.setExperimentalOption("prefs", java.util.Map.of("intl.accept_languages", language));
        // the browser console, to catch resources refused by the Content-Security-Policy
        options.setCapability("goog:loggingPrefs", java.util.Map.of("browser", "ALL"));
        ChromeDriver started = new ChromeDriver(service, options);
        started.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", COPILOT_AT_REST));
        return started;
    }

    /**
     * Waits for an element that is rendered (not hidden). It may lie outside the scrolled part of the page: Chromium
     * then calls it "not displayed", so this checks the layout instead.
     */
    public WebElement waitFor(By by) {
        return wait.until(d -> {
            var found = d.findElements(by);
            if (found.isEmpty()) {
                return null;
            }
            Object rendered = driver.executeScript(
                    "const e = arguments[0]; return e.getClientRects().length > 0 && !e.closest('[hidden]');",
                    found.get(0));
            return Boolean.TRUE.equals(rendered) ? found.get(0) : null;
        });
    }

    /** The text of an element, wherever it is scrolled. */
    public String text(By by) {
        return waitFor(by).getAttribute("textContent");
    }

    /** Waits until some element of the kind shows the text. */
    public WebElement waitForText(By by, String text) {
        return wait.until(d -> d.findElements(by).stream()
                .filter(e -> e.getText().contains(text))
                .findFirst()
                .orElse(null));
    }

    /**
     * Opens a screen of the application on the port as a user who follows a link in the application does: through the
     * application's own router, without loading the page anew, when a screen of the application is open; otherwise by
     * loading it. Waits until the router has shown the screen (the location is the path and no request is pending).
     */
    public void open(int port, String path) {
        Object inApplication = driver.executeScript(
                "return location.port === arguments[0] && !!(window.Vaadin && window.Vaadin.Flow"
                        + " && window.Vaadin.Flow.clients) && !document.querySelector('vaadin-login-overlay,"
                        + " vaadin-login-form')",
                String.valueOf(port));
        if (path.startsWith("login") || !Boolean.TRUE.equals(inApplication)) {
            driver.get("http://localhost:" + port + "/" + path);
            return;
        }
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(IDLE)));
        driver.executeScript(
                "const a = document.createElement('a'); a.setAttribute('router-link', ''); a.href = arguments[0];"
                        + " document.body.appendChild(a); a.click(); a.remove();",
                "/" + path);
        wait.until(d -> Boolean.TRUE.equals(driver.executeScript(
                "return decodeURIComponent(location.pathname + location.search) === arguments[0] && (" + IDLE_EXPRESSION
                        + ")",
                "/" + path)));
    }

    /**
     * Logs in as a fresh visitor with the login form's request made over HTTP ({@link HttpLogin}), then opens the path
     * (e.g. "" for the screen the login leads to) with that session: for the journeys in which the login page is not
     * what is tested. The journeys about logging in use {@link #logIn}.
     */
    public void logInAndOpen(int port, String username, String password, String path) {
        HttpLogin.Outcome outcome = HttpLogin.logIn(port, username, password, language);
        if (!outcome.loggedIn()) {
            throw new AssertionError("the login of " + username + " was refused: sent to " + outcome.location());
        }
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        driver.executeCdpCommand(
                "Network.setCookie",
                Map.of(
                        "name",
                        "JSESSIONID",
                        "value",
                        outcome.session(),
                        "url",
                        "http://localhost:" + port + "/",
                        "httpOnly",
                        true));
        driver.get("http://localhost:" + port + "/" + path);
        // the page's client up and its first exchange with the server done: the first screen of a context just
        // started, its code not yet compiled, on a machine busy with the other lanes, may take longer than one wait
        new WebDriverWait(driver, Duration.ofSeconds(90), Duration.ofMillis(25))
                .until(d -> Boolean.TRUE.equals(driver.executeScript("return !!(window.Vaadin && window.Vaadin.Flow"
                        + " && window.Vaadin.Flow.clients) && " + IDLE_EXPRESSION)));
    }

    /** Logs in through the login page of the application on the port, as a fresh visitor. */
    public void logIn(int port, String username, String password) {
        driver.manage().deleteAllCookies();
        driver.get("http://localhost:" + port + "/login");
        waitFor(By.cssSelector("input[name='username']")).sendKeys(username);
        driver.findElement(By.cssSelector("input[name='password']")).sendKeys(password, org.openqa.selenium.Keys.ENTER);
    }

    /** Clicks like a user who first scrolls the element into view. */
    public void click(WebElement element) {
        driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", element);
        driver.executeScript("arguments[0].click();", element);
    }

    /** Saves a screenshot of the screen as the user sees it, then checks it with axe-core ({@link #checkAccessibility}). */
    public void screenshot(String name) {
        Accessibility.waitForStillness(driver);
        picture(name);
        checkAccessibility(name);
    }

    /** Only saves a screenshot, whatever the state of the page (a diagnostic after a test, the server maybe gone). */
    public void picture(String name) {
        try {
            Files.createDirectories(SCREENSHOTS);
            Files.write(SCREENSHOTS.resolve(name + ".png"), driver.getScreenshotAs(OutputType.BYTES));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * Fails with every violation of a WCAG 2.0/2.1 level A or AA rule that axe-core finds on the screen as it is
     * (shadow roots of the Vaadin components included).
     */
    public void checkAccessibility(String screen) {
        Accessibility.check(driver, screen + " (" + language + ")");
    }

    /** Console messages about the Content-Security-Policy since the last call (the browser refused something). */
    public java.util.List<String> contentSecurityPolicyViolations() {
        return driver.manage().logs().get(org.openqa.selenium.logging.LogType.BROWSER).getAll().stream()
                .map(org.openqa.selenium.logging.LogEntry::getMessage)
                .filter(message -> message.contains("Content Security Policy"))
                .toList();
    }

    public WebDriver driver() {
        return driver;
    }

    /** Keeps the browser for the next test class, as a fresh visitor's (see above), or quits it. */
    @Override
    public void close() {
        if (closed) {
            return;
        }
        closed = true;
        try {
            forget();
        } catch (RuntimeException broken) {
            driver.quit();
            return;
        }
        synchronized (KEPT) {
            KEPT.computeIfAbsent(language, l -> new ArrayDeque<>()).addLast(driver);
        }
    }

    /** Leaves the browser as a fresh visitor's: one blank tab, no cookie or stored data, no emulation, no message. */
    private void forget() {
        Set<String> origins = new LinkedHashSet<>();
        List<String> tabs = new ArrayList<>(driver.getWindowHandles());
        for (String tab : tabs) {
            driver.switchTo().window(tab);
            String url = driver.getCurrentUrl();
            if (url.startsWith("http")) {
                URI address = URI.create(url);
                origins.add(address.getScheme() + "://" + address.getAuthority());
            }
            if (!tab.equals(tabs.get(0))) {
                driver.close();
            }
        }
        driver.switchTo().window(tabs.get(0));
        // the page goes first, so that nothing of it writes anything after the clean-up
        driver.get("about:blank");
        driver.executeCdpCommand("Network.clearBrowserCookies", Map.of());
        for (String origin : origins) {
            driver.executeCdpCommand(
                    "Storage.clearDataForOrigin",
                    Map.of(
                            "origin",
                            origin,
                            "storageTypes",
                            "cookies,file_systems,indexeddb,local_storage,websql,service_workers,cache_storage"));
        }
        driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
        driver.manage().window().setSize(new Dimension(1366, 900));
        driver.manage().logs().get(LogType.BROWSER);
    }

    private static void quitKept() {
        synchronized (KEPT) {
            KEPT.values()
                    .forEach(drivers -> drivers.forEach(kept -> {
                        try {
                            kept.quit();
                        } catch (RuntimeException gone) {
                            // its process already ended: the others are quit all the same
                        }
                    }));
            KEPT.clear();
        }
    }
}
