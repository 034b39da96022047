package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** In real Chromium: the partnership lead's dashboard and an operator's benchmark, on the demo history. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class BenchmarkJourneyIT {

    private static Browser browser;

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

    private void logIn(String username) {
        browser.logIn(port, username, "resilience-demo");
    }

    @Test
    void theLeadSeesParticipationTheHeatmapWithASuppressedSectorDistributionsAndTheTrend() {
        logIn("lead");
        browser.waitFor(By.id("campaigns"));
        browser.driver().get("http://localhost:" + port + "/benchmarks");

        var heatmap = browser.waitFor(By.id("heatmap"));
        String energy =
                heatmap.findElement(By.cssSelector("tr[data-sector='energy']")).getAttribute("textContent");
        String space =
                heatmap.findElement(By.cssSelector("tr[data-sector='space']")).getAttribute("textContent");
        assertThat(energy).doesNotContain("hidden");
        assertThat(space).contains("hidden");
        assertThat(browser.waitFor(By.id("participation-table")).getAttribute("textContent"))
                .contains("Energy");
        assertThat(browser.driver().findElement(By.id("distribution")).getAttribute("innerHTML"))
                .contains("data:image/svg");
        assertThat(browser.driver().findElement(By.id("trend")).getAttribute("innerHTML"))
                .contains("data:image/svg");
        browser.screenshot("benchmark-1-lead-dashboard");
        browser.driver.executeScript("arguments[0].scrollIntoView();", heatmap);
        browser.screenshot("benchmark-1b-lead-heatmap");
        browser.driver.executeScript(
                "arguments[0].scrollIntoView();", browser.driver().findElement(By.id("distribution")));
        browser.screenshot("benchmark-1c-lead-distribution");
        browser.driver.executeScript(
                "arguments[0].scrollIntoView();", browser.driver().findElement(By.id("trend")));
        browser.screenshot("benchmark-2-lead-trend");

        // the partnership report, and the full data export produced with its progress, then downloaded
        assertThat(fetch(browser.waitFor(By.id("download-benchmark-pdf")).getAttribute("href")))
                .startsWith("%PDF");
        browser.driver.executeScript("window.scrollTo(0, 0);");
        browser.click(browser.waitFor(By.id("prepare-data-export")));
        var download = browser.waitFor(By.id("download-data-export"));
        assertThat(browser.driver().findElement(By.id("data-export-status")).getText())
                .contains("answers, organizations by pseudonymous code");
        browser.screenshot("benchmark-1d-lead-reports");
        assertThat(fetch(download.getAttribute("href"))).startsWith("PK");
    }

    /** The first bytes and the size of a download, fetched in the browser's session. */
    private String fetch(String href) {
        return String.valueOf(((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        "const done = arguments[arguments.length - 1];"
                                + "fetch(arguments[0]).then(r => r.arrayBuffer()).then(b => done("
                                + "String.fromCharCode(...new Uint8Array(b.slice(0, 4))) + ' ' + b.byteLength))"
                                + ".catch(e => done('error ' + e));",
                        href));
    }

    @Test
    void anOperatorComparesItsLastYearResultsWithItsSector() {
        logIn("coordinator");
        browser.waitFor(By.id("assessments"));
        String lastYear = "Baseline " + (LocalDate.now().getYear() - 1);
        var results =
                browser.waitFor(By.cssSelector("vaadin-button[id^='results-'][data-campaign='" + lastYear + "']"));
        browser.click(results);
        browser.click(browser.waitFor(By.id("to-benchmark")));

        assertThat(browser.text(By.id("comparison"))).contains("Energy sector");
        assertThat(browser.text(By.id("percentile"))).startsWith("Percentile");
        String table = browser.driver().findElement(By.id("operator-table")).getAttribute("textContent");
        assertThat(table).contains("Median").doesNotContain("Min").doesNotContain("Max");
        browser.screenshot("benchmark-3-operator");
    }
}
