package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.lowagie.text.pdf.PdfReader;
import com.lowagie.text.pdf.parser.PdfTextExtractor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The respondent's screens on a phone (390 px wide, emulated by Chromium) and on paper (print media, and the PDF that
 * Chromium prints): nothing wider than the screen, the cards in view, the domains as a picker; printed without menu and
 * header, every domain of "Print all domains" on its own pages. Screenshots and printed PDFs in target/screenshots.
 */
@JourneyLaneB
class PhoneAndPrintJourneyIT {

    private static final String BASELINE = "Baseline " + LocalDate.now().getYear();

    private static Browser browser;

    private final List<String> tooWide = new ArrayList<>();

    @LocalServerPort
    int port;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @AfterEach
    void backToADesktopScreen() {
        browser.driver.executeCdpCommand("Emulation.clearDeviceMetricsOverride", Map.of());
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", ""));
    }

    @Test
    void onAPhoneEveryScreenOfTheRespondentFitsItsWidth() {
        browser.driver.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                Map.of("width", 390, "height", 844, "deviceScaleFactor", 1, "mobile", true));
        browser.logInAndOpen(port, "respondent", "resilience-demo", "");

        WebElement open =
                browser.waitFor(By.cssSelector("vaadin-button[id^='open-'][data-campaign='" + BASELINE + "']"));
        // the key column and the actions; the questionnaire, progress and due date columns are hidden
        browser.wait.until(d -> !headerTexts().contains("Questionnaire"));
        assertThat(headerTexts()).contains("Campaign").doesNotContain("Status", "Progress", "Due");
        assertFits("My assessments");
        assertInView(open, 0);
        browser.screenshot("phone-1-my-assessments");

        String id = open.getAttribute("id").substring("open-".length());
        browser.click(open);
        browser.waitFor(By.cssSelector(".ra-card input[type=radio]"));
        // the domains as a picker above the cards, not as a list beside them
        assertThat(displayed("domain-nav")).isFalse();
        WebElement picker = browser.waitFor(By.id("domain-picker"));
        assertFits("questionnaire");
        assertInView(browser.driver.findElement(By.cssSelector(".ra-card")), 300);
        browser.screenshot("phone-2-questionnaire");

        String before = browser.text(By.id("domain-title"));
        // a native select, labelled "Domain", an entry per domain with its progress
        assertThat(picker.findElement(By.tagName("label")).getText()).isEqualTo("Domain");
        org.openqa.selenium.support.ui.Select select =
                new org.openqa.selenium.support.ui.Select(picker.findElement(By.id("domain-picker-select")));
        assertThat(select.getFirstSelectedOption().getText()).startsWith("GOV · ");
        WebElement second = select.getOptions().stream()
                .filter(option -> option.getText().startsWith("ACCESS"))
                .findFirst()
                .orElseThrow();
        select.selectByValue(second.getAttribute("value"));
        browser.wait.until(d -> !browser.text(By.id("domain-title")).equals(before));
        assertThat(browser.text(By.id("domain-title"))).startsWith("ACCESS");
        assertThat(browser.driver.getCurrentUrl()).endsWith("?domain=ACCESS");
        assertFits("questionnaire, second domain");
        assertInView(browser.driver.findElement(By.cssSelector(".ra-card")), 300);
        browser.screenshot("phone-3-questionnaire-picked");

        browser.driver.get("http://localhost:" + port + "/assessments/" + id + "/review");
        browser.waitFor(By.id("submit-state"));
        assertFits("review");
        browser.screenshot("phone-4-review");

        browser.driver.get("http://localhost:" + port + "/assessments/" + id + "/results");
        browser.waitFor(By.id("overall-score"));
        assertFits("results");
        browser.screenshot("phone-5-results");

        // the menu: the drawer toggle opens the navigation over the screen; a link changes the screen inside the page
        // and closes the drawer
        browser.driver.executeScript("window.__samePage = 'yes';");
        browser.wait.until(d -> !drawerOpened());
        WebElement toggle = browser.waitFor(By.tagName("vaadin-drawer-toggle"));
        assertThat(toggle.getAttribute("aria-label")).isEqualTo("Show or hide the menu");
        toggle.click();
        browser.wait.until(d -> drawerOpened());
        WebElement assessments = browser.waitFor(By.cssSelector("nav.ra-side-nav a[href='assessments']"));
        browser.wait.until(d -> assessments.isDisplayed());
        browser.screenshot("phone-6-menu");
        assessments.click();
        browser.waitFor(By.cssSelector("vaadin-button[id^='open-']"));
        browser.wait.until(d -> !drawerOpened());
        assertThat(browser.driver.executeScript("return window.__samePage")).isEqualTo("yes");
        assertThat(tooWide).isEmpty();
    }

    @Test
    void printedScreensHaveEveryPageWithoutMenuAndEveryDomainOnItsOwnPages() throws IOException {
        browser.logInAndOpen(port, "respondent", "resilience-demo", "");
        WebElement open =
                browser.waitFor(By.cssSelector("vaadin-button[id^='open-'][data-campaign='" + BASELINE + "']"));
        String id = open.getAttribute("id").substring("open-".length());

        // the results, printed as they are: the menu and the header are not printed, the end of the page is
        browser.driver.get("http://localhost:" + port + "/assessments/" + id + "/results");
        browser.waitFor(By.id("overall-score"));
        Accessibility.waitForStillness(browser.driver);
        printMedia(true);
        assertThat(displayed("current-user")).isFalse();
        assertThat(navbarShown()).isFalse();
        List<String> results = print("print-results");
        String lastHeading = (String) browser.driver.executeScript(
                "const hs = [...document.querySelectorAll('h3')]; return hs[hs.length - 1].textContent;");
        assertThat(String.join("\n", results))
                .contains(lastHeading.substring(0, Math.min(20, lastHeading.length())))
                .doesNotContain("Log out")
                .doesNotContain("My assessments");
        printMedia(false);

        // the questionnaire: "Print all domains" builds every domain for the printer and opens the print dialog
        browser.driver.get("http://localhost:" + port + "/assessments/" + id);
        browser.waitFor(By.cssSelector(".ra-card input[type=radio]"));
        browser.driver.executeScript("window.print = () => { document.body.dataset.printed = 'yes'; };");
        browser.click(browser.waitFor(By.id("print-questionnaire")));
        browser.wait.until(d -> "yes".equals(d.findElement(By.tagName("body")).getAttribute("data-printed")));
        printMedia(true);
        @SuppressWarnings("unchecked")
        List<String> domains =
                (List<String>) browser.driver.executeScript("return [...document.querySelectorAll('.ra-print-domain')]"
                        + ".filter(s => s.getClientRects().length > 0).map(s => s.querySelector('h3').textContent);");
        assertThat(domains).hasSize(10);
        // on paper only the printable copy: no interactive card, no menu
        assertThat(browser.driver.findElements(By.cssSelector(".ra-card")).stream()
                        .filter(card -> displayed(card))
                        .toList())
                .isEmpty();
        assertThat(navbarShown()).isFalse();
        // each domain after the first starts a new page
        assertThat(browser.driver.executeScript("return [...document.querySelectorAll('.ra-print-domain')]"
                        + ".slice(1).every(s => getComputedStyle(s).breakBefore === 'page');"))
                .isEqualTo(true);
        List<String> pages = print("print-questionnaire");
        assertThat(pages.size()).isGreaterThanOrEqualTo(domains.size());
        // printed to the end (the last practice of the last domain), without the menu
        assertThat(String.join("\n", pages)).contains("SHARE.3.3").doesNotContain("Log out");
        printMedia(false);
        browser.screenshot("print-questionnaire-screen");

        // the blank questionnaire for those who answer on paper first
        String href = browser.waitFor(By.cssSelector("a[id^='blank-print-']")).getAttribute("href");
        Object head = browser.driver.executeAsyncScript(
                "const done = arguments[arguments.length - 1];"
                        + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done("
                        + "String.fromCharCode(...new Uint8Array(b.slice(0, 4)))))"
                        + ".catch(e => done('error ' + e));",
                href);
        assertThat(head).isEqualTo("%PDF");
    }

    private void printMedia(boolean print) {
        browser.driver.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", print ? "print" : ""));
    }

    /** Chromium's own print of the page to PDF (A4), kept in target/screenshots; the text of each page. */
    private List<String> print(String name) throws IOException {
        Map<String, Object> result = browser.driver.executeCdpCommand(
                "Page.printToPDF", Map.of("paperWidth", 8.27, "paperHeight", 11.69, "printBackground", true));
        byte[] pdf = Base64.getDecoder().decode((String) result.get("data"));
        Path file = Path.of("target", "screenshots", name + ".pdf");
        Files.createDirectories(file.getParent());
        Files.write(file, pdf);
        List<String> pages = new ArrayList<>();
        try (PdfReader reader = new PdfReader(pdf)) {
            PdfTextExtractor extractor = new PdfTextExtractor(reader);
            for (int page = 1; page <= reader.getNumberOfPages(); page++) {
                pages.add(extractor.getTextFromPage(page));
            }
        }
        System.out.printf("Printed %s: %d pages%n", name, pages.size());
        return pages;
    }

    /** Nothing is wider than the window: neither the page nor the app layout's scrolling content nor a grid. */
    private void assertFits(String screen) {
        Accessibility.waitForStillness(browser.driver);
        @SuppressWarnings("unchecked")
        Map<String, Object> widths = (Map<String, Object>)
                browser.driver.executeScript(
                        """
                const layout = document.querySelector('vaadin-app-layout');
                const content = layout.shadowRoot.querySelector('[content]');
                const grids = [...document.querySelectorAll('vaadin-grid')].map(g => g.$.table);
                const widest = [...document.querySelectorAll('#outlet *')]
                    .filter(e => e.getClientRects().length > 0 && !e.closest('vaadin-grid, [hidden]'))
                    .map(e => ({e, right: e.getBoundingClientRect().right}))
                    .reduce((a, b) => (b.right > a.right ? b : a), {right: 0});
                return {
                    window: window.innerWidth,
                    page: document.scrollingElement.scrollWidth,
                    content: content.scrollWidth,
                    grid: Math.max(0, ...grids.map(t => t.scrollWidth - t.clientWidth)),
                    widest: Math.ceil(widest.right),
                    widestElement: widest.e ? widest.e.tagName + '.' + widest.e.className + '#' + widest.e.id : ''
                };""");
        long window = ((Number) widths.get("window")).longValue();
        assertThat(window).isEqualTo(390);
        boolean fits = ((Number) widths.get("page")).longValue() <= window
                && ((Number) widths.get("content")).longValue() <= window
                && ((Number) widths.get("grid")).longValue() == 0
                && ((Number) widths.get("widest")).longValue() <= window;
        if (!fits) {
            // every screen is checked, then the test fails with all that is too wide
            tooWide.add(screen + " " + widths);
        }
    }

    /** The element lies within the width of the window (not pushed off to one side), at least as wide as given. */
    private void assertInView(WebElement element, int minWidth) {
        @SuppressWarnings("unchecked")
        Map<String, Object> box = (Map<String, Object>) browser.driver.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return {left: r.left, right: r.right, width: r.width};",
                element);
        assertThat(((Number) box.get("left")).doubleValue()).as("left " + box).isGreaterThanOrEqualTo(0);
        assertThat(((Number) box.get("right")).doubleValue()).as("right " + box).isLessThanOrEqualTo(390);
        assertThat(((Number) box.get("width")).doubleValue()).as("width " + box).isGreaterThanOrEqualTo(minWidth);
    }

    private List<String> headerTexts() {
        @SuppressWarnings("unchecked")
        List<String> texts =
                (List<String>) browser.driver.executeScript("const g = document.getElementById('assessments');"
                        + " return [...g.shadowRoot.querySelectorAll('thead th')]"
                        + ".filter(th => !th.hidden && th.getClientRects().length > 0)"
                        + ".map(th => th.querySelector('slot').assignedNodes()"
                        + ".map(n => n.textContent).join('').trim());");
        return texts;
    }

    private boolean displayed(String id) {
        List<WebElement> found = browser.driver.findElements(By.id(id));
        return !found.isEmpty() && displayed(found.get(0));
    }

    private boolean displayed(WebElement element) {
        return Boolean.TRUE.equals(
                browser.driver.executeScript("return arguments[0].getClientRects().length > 0;", element));
    }

    private boolean drawerOpened() {
        return Boolean.TRUE.equals(
                browser.driver.executeScript("return document.querySelector('vaadin-app-layout').drawerOpened;"));
    }

    private boolean navbarShown() {
        return Boolean.TRUE.equals(browser.driver.executeScript(
                "const n = document.querySelector('vaadin-app-layout').shadowRoot.querySelector('[part=navbar]');"
                        + " return n.getClientRects().length > 0;"));
    }
}
