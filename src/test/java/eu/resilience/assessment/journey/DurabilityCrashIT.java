package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * "Saved" means saved: the application runs as a process of its own on a file database, a respondent answers practices
 * in real Chromium as fast as the screen confirms them, the process is killed with SIGKILL right after the last
 * confirmation, and every confirmed answer is then stored with its value, its revision and its audit record. On the
 * default H2 file database, where the application is restarted on the same files and shows the last confirmed answer,
 * and on a real PostgreSQL that outlives the application. On PostgreSQL, the database is first stopped during a save:
 * the card says the change is not saved, keeps the choice, and saves it on Retry once the database is back; the answers
 * that follow, on the same connection pool, are as durable as the others.
 *
 * <p>It needs no application context of the test JVM, so it runs beside the other journeys (failsafe configuration in
 * pom.xml); the lock keeps the classes that start processes one at a time, and their tests in order.
 */
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(ApplicationProcess.LOCK)
class DurabilityCrashIT {

    /** The baseline's scale, in the order of the radio buttons. */
    private static final List<String> OPTIONS = List.of("fully", "largely", "partially", "not-implemented");

    private static final String SIGKILLED = "exit code 137 (128 + SIGKILL)";

    /** The demo logins and open campaigns are all these tests need: no benchmark history (its start is 5 s of CPU). */
    private static final String WITHOUT_HISTORY = "--resilience.demo-history=false";

    private static Browser browser;

    @TempDir
    Path folder;

    /** Per practice: the option last confirmed and how many saves the screen confirmed. */
    private final Map<String, Confirmed> confirmed = new LinkedHashMap<>();

    private record Confirmed(String option, int saves) {}

    @BeforeAll
    static void openBrowser() {
        browser = new Browser();
    }

    @org.junit.jupiter.api.AfterEach
    void screenshot() {
        browser.picture("crash-last");
    }

    @AfterAll
    static void closeBrowser() {
        browser.close();
    }

    @Test
    void confirmedAnswersSurviveAKilledServerOnTheDefaultH2Database() throws Exception {
        String url = defaultH2Url();
        List<String> arguments = List.of("--spring.datasource.url=" + url, WITHOUT_HISTORY);
        int port = ApplicationProcess.freePort();
        long assessment;
        try (ApplicationProcess application = ApplicationProcess.start("crash-h2-1", port, arguments)) {
            assessment = answerAsFastAsConfirmed(application.port);
            assertThat(application.kill()).as(SIGKILLED).isEqualTo(137);
            theScreenShowedTheConfirmedChoices();
        }
        try (ApplicationProcess restarted = ApplicationProcess.start("crash-h2-2", port, arguments)) {
            lastConfirmedAnswerIsShown(restarted.port, assessment);
            assertThat(restarted.stop()).isNotEqualTo(137);
        }
        try (Connection db = DriverManager.getConnection(url, "sa", "")) {
            everyConfirmedAnswerIsStored(db, assessment);
            try (var query = db.prepareStatement("select count(*) from campaign where name = ?")) {
                query.setString(1, "Baseline " + (LocalDate.now().getYear() - 1));
                try (ResultSet count = query.executeQuery()) {
                    count.next();
                    assertThat(count.getInt(1))
                            .as("last year's campaign of the demo history")
                            .isZero();
                }
            }
        }
    }

    @Test
    void confirmedAnswersSurviveAKilledServerOnPostgresAndAFailedSaveIsNeverCalledSaved() throws Exception {
        Path data = folder.resolve("postgres");
        int databasePort = ApplicationProcess.freePort();
        EmbeddedPostgres database = postgres(data, databasePort);
        String url = "jdbc:postgresql://localhost:" + databasePort + "/postgres";
        List<String> arguments = List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                WITHOUT_HISTORY);
        int port = ApplicationProcess.freePort();
        try {
            long assessment;
            try (ApplicationProcess application = ApplicationProcess.start("crash-postgres", port, arguments)) {
                assessment = openQuestionnaire(application.port);

                // the database goes away during a save
                String practice = firstUnansweredPractice();
                database.close();
                chooseOption(practice, 1);
                String failed = browser.wait.until(d -> {
                    String text = status(practice);
                    return vaadinIdle() && !text.equals("Not answered yet") ? text : null;
                });
                browser.screenshot("crash-1-save-failed");
                assertThat(failed)
                        .isEqualTo("Not saved: the change could not be stored. Your choice is kept: press Retry.");
                assertThat(browser.driver()
                                .findElement(By.id("status-" + practice))
                                .getAttribute("data-state"))
                        .isEqualTo("failed");
                assertThat(checkedOption(practice)).isEqualTo(1);

                // back again: Retry saves the kept choice
                database = postgres(data, databasePort);
                browser.click(browser.waitFor(By.id("retry-" + practice)));
                browser.wait.until(d -> status(practice).startsWith("Saved by respondent"));
                browser.screenshot("crash-2-saved-on-retry");
                confirmed.put(practice, new Confirmed(OPTIONS.get(1), 1));

                // then the crash, right after the last confirmation of fast answers
                answerAsFastAsConfirmed();
                assertThat(application.kill()).as(SIGKILLED).isEqualTo(137);
                theScreenShowedTheConfirmedChoices();
            }
            try (Connection db = DriverManager.getConnection(url, "postgres", "")) {
                everyConfirmedAnswerIsStored(db, assessment);
            }
        } finally {
            database.close();
        }
    }

    /** A real PostgreSQL on the folder and port, flushing every commit; its data outlives a stop. */
    private static EmbeddedPostgres postgres(Path data, int port) throws IOException {
        return EmbeddedPostgres.builder()
                .setDataDirectory(data)
                .setCleanDataDirectory(false)
                .setPort(port)
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
    }

    /**
     * Answers the first practices of the baseline one by one, each as soon as the screen has confirmed the one before,
     * then in a burst (several choices made before the first is confirmed, as a fast respondent does), and changes
     * earlier answers again; returns the assessment's id, right after the last confirmation.
     */
    private long answerAsFastAsConfirmed(int port) {
        long assessment = openQuestionnaire(port);
        answerAsFastAsConfirmed();
        return assessment;
    }

    /** Logs in as the respondent and opens this year's baseline; returns the assessment's id. */
    private long openQuestionnaire(int port) {
        browser.logInAndOpen(port, "respondent", "resilience-demo", "");
        browser.click(browser.waitFor(By.cssSelector("vaadin-button[id^='open-'][data-campaign='Baseline "
                + LocalDate.now().getYear() + "']")));
        browser.waitFor(By.cssSelector(".ra-card input[type=radio]"));
        String address = browser.driver().getCurrentUrl();
        return Long.parseLong(address.replaceAll(".*/assessments/(\\d+).*", "$1"));
    }

    /** The answers of {@link #answerAsFastAsConfirmed(int)} on the questionnaire screen already open. */
    private void answerAsFastAsConfirmed() {
        List<String> practices = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            practices.add(firstUnansweredPractice());
            choose(practices.get(i), i % OPTIONS.size());
            awaitConfirmation(practices);
        }
        // changed answers: new revisions of the same rows
        choose(practices.get(0), 3);
        awaitConfirmation(practices);
        // the burst, confirmed just before the kill
        for (int i = 4; i < 8; i++) {
            // another practice each time: the one chosen just before may not say "Saved" yet
            practices.add(firstUnansweredPracticeExcept(practices));
            choose(practices.get(i), i % OPTIONS.size());
        }
        choose(practices.get(0), 1);
        choose(practices.get(2), 0);
        awaitConfirmation(practices);
    }

    /** Chooses the option and remembers it as the answer the card is expected to confirm. */
    private void choose(String practice, int option) {
        chooseOption(practice, option);
        Confirmed before = confirmed.get(practice);
        confirmed.put(practice, new Confirmed(OPTIONS.get(option), before == null ? 1 : before.saves() + 1));
    }

    /**
     * Waits, polling without pause, until the page has no request left at the server and every card says "Saved by"
     * (the moment a respondent trusts it): one script per look, so that the look is as quick as the page allows.
     */
    private void awaitConfirmation(List<String> practices) {
        long deadline = System.nanoTime() + 30_000_000_000L;
        while (!Boolean.TRUE.equals(browser.driver.executeScript(
                """
                const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;
                return !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive())
                    && arguments[0].every(practice => {
                        const status = document.getElementById('status-' + practice);
                        return !!status && status.textContent.startsWith('Saved by respondent');
                    });""",
                practices))) {
            assertThat(System.nanoTime()).as("saves confirmed within 30 s").isLessThan(deadline);
        }
    }

    private void chooseOption(String practice, int option) {
        WebElement radio = browser.driver()
                .findElements(By.cssSelector("#practice-" + practice.replace(".", "\\.") + " input[type=radio]"))
                .get(option);
        browser.driver.executeScript("arguments[0].scrollIntoView({block: 'center'});", radio);
        browser.driver.executeScript("arguments[0].click();", radio);
    }

    private String firstUnansweredPractice() {
        return firstUnansweredPracticeExcept(List.of());
    }

    /** The first practice shown as not answered that is none of the given ones. */
    private String firstUnansweredPracticeExcept(List<String> chosen) {
        return (String) browser.driver.executeScript(
                """
                return [...document.querySelectorAll('.ra-card')]
                    .filter(card => !card.hidden)
                    .filter(card => card.querySelector("span[id^='status-']").textContent === 'Not answered yet')
                    .map(card => card.id.substring('practice-'.length))
                    .filter(practice => !arguments[0].includes(practice))[0];""",
                chosen);
    }

    private int checkedOption(String practice) {
        Object index = browser.driver.executeScript(
                "return [...document.querySelectorAll(arguments[0])].findIndex(r => r.checked);",
                "#practice-" + practice.replace(".", "\\.") + " input[type=radio]");
        return ((Number) index).intValue();
    }

    private String status(String practice) {
        return browser.driver().findElement(By.id("status-" + practice)).getAttribute("textContent");
    }

    /** No request of the page is waiting for the server. */
    private boolean vaadinIdle() {
        return Boolean.TRUE.equals(browser.driver.executeScript(
                "const clients = window.Vaadin && window.Vaadin.Flow && window.Vaadin.Flow.clients;"
                        + " return !!clients && Object.values(clients).every(c => !c.isActive || !c.isActive());"));
    }

    private void theScreenShowedTheConfirmedChoices() {
        confirmed.forEach((practice, answer) ->
                assertThat(checkedOption(practice)).as(practice).isEqualTo(OPTIONS.indexOf(answer.option())));
    }

    /** After the restart, the screen shows the answer confirmed last before the kill. */
    private void lastConfirmedAnswerIsShown(int port, long assessment) {
        browser.logInAndOpen(port, "respondent", "resilience-demo", "assessments/" + assessment);
        String last = confirmed.keySet().iterator().next();
        browser.wait.until(d -> status(last).startsWith("Saved by respondent"));
        assertThat(checkedOption(last))
                .isEqualTo(OPTIONS.indexOf(confirmed.get(last).option()));
    }

    private void everyConfirmedAnswerIsStored(Connection db, long assessment) throws SQLException {
        Map<String, String> stored = new LinkedHashMap<>();
        try (var query =
                db.prepareStatement("select practice_id, option_id, revision from answer where assessment_id = ?")) {
            query.setLong(1, assessment);
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    stored.put(rows.getString(1), rows.getString(2) + " revision " + rows.getLong(3));
                }
            }
        }
        Map<String, Integer> audited = new LinkedHashMap<>();
        try (var query = db.prepareStatement("select detail, count(*) from audit_event"
                + " where action = 'ANSWER_CHANGED' and subject_id = ? group by detail")) {
            query.setString(1, Long.toString(assessment));
            try (ResultSet rows = query.executeQuery()) {
                while (rows.next()) {
                    audited.put(rows.getString(1), rows.getInt(2));
                }
            }
        }
        Map<String, String> expected = new LinkedHashMap<>();
        Map<String, Integer> expectedAudit = new LinkedHashMap<>();
        confirmed.forEach((practice, answer) -> {
            // a new answer is stored with revision 0, every later save adds one
            expected.put(practice, answer.option() + " revision " + (answer.saves() - 1));
            expectedAudit.put(practice, answer.saves());
        });
        assertThat(stored).as("answers stored after the crash").isEqualTo(expected);
        assertThat(audited).as("audit records of the answers").isEqualTo(expectedAudit);
    }

    /** The application's default datasource URL, in the test's folder instead of ./data. */
    private String defaultH2Url() throws IOException {
        Properties defaults = new Properties();
        try (InputStream in = getClass().getResourceAsStream("/application.properties")) {
            defaults.load(in);
        }
        return defaults.getProperty("spring.datasource.url").replace("./data/", folder.toAbsolutePath() + "/");
    }
}
