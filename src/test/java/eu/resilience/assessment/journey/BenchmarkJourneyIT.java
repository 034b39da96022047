package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.test.web.server.LocalServerPort;

/** In real Chromium: the partnership lead's dashboard and an operator's benchmark, on the demo history. */
@JourneyLaneB
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
        browser.logInAndOpen(port, username, "resilience-demo", "");
    }

    @Test
    void theLeadSeesParticipationTheHeatmapWithASuppressedSectorDistributionsAndTheTrend() {
        logIn("lead");
        browser.waitFor(By.id("campaigns"));
        browser.open(port, "benchmarks");

        var heatmap = browser.waitFor(By.id("heatmap"));
        String energy =
                heatmap.findElement(By.cssSelector("tr[data-sector='energy']")).getAttribute("textContent");
        String space =
                heatmap.findElement(By.cssSelector("tr[data-sector='space']")).getAttribute("textContent");
        assertThat(energy).doesNotContain("hidden");
        // a hidden cell says why in its text, not only in a tooltip
        assertThat(space).contains("hidden: fewer than 5");
        assertThat(browser.waitFor(By.id("participation-table")).getAttribute("textContent"))
                .contains("Energy");
        assertThat(browser.driver().findElement(By.id("distribution")).getAttribute("innerHTML"))
                .contains("data:image/svg");
        assertThat(browser.driver().findElement(By.id("trend")).getAttribute("innerHTML"))
                .contains("data:image/svg");
        // each chart has its figures in a table next to it
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#distribution vaadin-details table"))
                        .getAttribute("textContent"))
                .contains("Median")
                .contains("GOV");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#trend vaadin-details table"))
                        .getAttribute("textContent"))
                .contains("Baseline " + (LocalDate.now().getYear() - 1));
        browser.screenshot("benchmark-1-lead-dashboard");
        browser.driver.executeScript("arguments[0].scrollIntoView();", heatmap);
        browser.screenshot("benchmark-1b-lead-heatmap");
        browser.driver.executeScript(
                "arguments[0].scrollIntoView();", browser.driver().findElement(By.id("distribution")));
        browser.screenshot("benchmark-1c-lead-distribution");
        browser.driver.executeScript(
                "arguments[0].scrollIntoView();", browser.driver().findElement(By.id("trend")));
        browser.screenshot("benchmark-2-lead-trend");

        // this year's campaign is open: its interim release is the demo's; publishing again is refused (nothing
        // changed), and its data export waits for the final release
        browser.driver.executeScript("window.scrollTo(0, 0);");
        assertThat(browser.text(By.id("release-about"))).startsWith("Release 1");
        browser.click(browser.waitFor(By.id("publish-release")));
        browser.click(browser.waitFor(By.cssSelector("vaadin-button[slot='confirm-button']")));
        assertThat(browser.waitFor(By.cssSelector("vaadin-notification-card")).getAttribute("textContent"))
                .containsAnyOf("Nothing changed since release 1", "A new release is not possible yet");
        browser.click(browser.waitFor(By.id("prepare-data-export")));
        new org.openqa.selenium.support.ui.WebDriverWait(browser.driver(), java.time.Duration.ofSeconds(10))
                .until(d ->
                        !d.findElement(By.id("data-export-status")).getText().isEmpty());
        assertThat(browser.driver().findElement(By.id("data-export-status")).getText())
                .contains("final release");
        browser.screenshot("benchmark-1e-lead-export-refused");

        // last year's campaign has its final release: the partnership report, and the full data export produced
        // with its progress, then downloaded
        long lastYear = jdbc.queryForObject(
                "select id from campaign where name = ?",
                Long.class,
                "Baseline " + (LocalDate.now().getYear() - 1));
        browser.open(port, "benchmarks?campaign=" + lastYear);
        assertThat(fetch(browser.waitFor(By.id("download-benchmark-pdf")).getAttribute("href")))
                .startsWith("%PDF");
        browser.click(browser.waitFor(By.id("prepare-data-export")));
        var download = browser.waitFor(By.id("download-data-export"));
        assertThat(browser.driver().findElement(By.id("data-export-status")).getText())
                .contains("pseudonymous codes drawn for this export alone");
        browser.screenshot("benchmark-1d-lead-reports");
        assertThat(fetch(download.getAttribute("href"))).startsWith("PK");
    }

    @org.springframework.beans.factory.annotation.Autowired
    org.springframework.jdbc.core.JdbcTemplate jdbc;

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
        assertThat(table).contains("Mean of the group").doesNotContain("Min").doesNotContain("Max");
        assertThat(browser.driver()
                        .findElement(By.cssSelector("#own-trend vaadin-details table"))
                        .getAttribute("textContent"))
                .contains("Baseline " + (LocalDate.now().getYear() - 1));
        assertThat(browser.text(By.id("release"))).startsWith("Figures of benchmark release");
        browser.screenshot("benchmark-3-operator");
    }
}
