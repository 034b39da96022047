package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;

/**
 * The journeys' accessibility check fails where a screen breaks a WCAG rule: on the first check of a page (axe-core
 * sent into it), and again on a later check of the same page (axe-core already there, not sent again).
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(JourneyLaneA.LOCK)
class AccessibilityCheckIT {

    private static final String BROKEN = "<!doctype html><html lang='en'><head><title>Broken</title></head><body><main>"
            + "<h1>Broken</h1><img src='chart.png'>"
            + "<p style='color:#c8c8c8;background:#ffffff'>Grey text on white</p></main></body></html>";

    private static final String FINE = "<!doctype html><html lang='en'><head><title>Fine</title></head><body><main>"
            + "<h1>Fine</h1><img src='chart.png' alt='Scores by domain'>"
            + "<p style='color:#1a1a1a;background:#ffffff'>Dark text on white</p></main></body></html>";

    private static Browser browser;

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void aMissingTextAlternativeAndALowContrastFailTheCheckAtEveryCheckOfThePage() {
        show(BROKEN);
        for (int check = 1; check <= 2; check++) {
            assertThatThrownBy(() -> browser.checkAccessibility("broken"))
                    .isInstanceOf(AssertionError.class)
                    .hasMessageContaining("image-alt")
                    .hasMessageContaining("color-contrast");
        }
    }

    @Test
    void aPageWithoutViolationsPasses() {
        show(FINE);
        assertThatCode(() -> browser.checkAccessibility("fine")).doesNotThrowAnyException();
    }

    private static void show(String html) {
        browser.driver()
                .get("data:text/html;charset=utf-8,"
                        + URLEncoder.encode(html, StandardCharsets.UTF_8).replace("+", "%20"));
    }
}
