package eu.resilience.assessment.journey;

import static org.assertj.core.api.Assertions.assertThat;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.api.parallel.Execution;
import org.junit.jupiter.api.parallel.ExecutionMode;
import org.junit.jupiter.api.parallel.ResourceLock;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;

/**
 * Two application instances on one real PostgreSQL, as the README's scale-out promises (docs/DEPLOYMENT.md): a login
 * lockout counted on one node holds on the other; two respondents on different nodes editing the same answer get the
 * conflict; a submission on one node shows at once in the other node's participation figures; the outbox's mails are
 * sent once although both nodes send.
 *
 * <p>It needs no application context of the test JVM, so it runs beside the other journeys (failsafe configuration in
 * pom.xml); the lock keeps the classes that start processes one at a time, and their tests in order.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
@Execution(ExecutionMode.CONCURRENT)
@ResourceLock(ApplicationProcess.LOCK)
class TwoNodesIT {

    private static final Pattern SENT = Pattern.compile("Notification (\\d+) sent by ");
    private static final String CAMPAIGN = "Baseline " + LocalDate.now().getYear();

    /** The baseline's scale, in the order of the radio buttons. */
    private static final List<String> OPTIONS = List.of("fully", "largely", "partially", "not-implemented");

    @TempDir
    static Path folder;

    private static EmbeddedPostgres database;
    private static String url;
    private static GreenMail mail;
    private static ApplicationProcess nodeA;
    private static ApplicationProcess nodeB;
    private static Browser browserA;
    private static Browser browserB;

    @BeforeAll
    static void startTwoNodes() throws Exception {
        database = EmbeddedPostgres.builder()
                .setDataDirectory(folder.resolve("postgres"))
                .setServerConfig("fsync", "on")
                .setServerConfig("synchronous_commit", "on")
                .start();
        url = "jdbc:postgresql://localhost:" + database.getPort() + "/postgres";
        mail = new GreenMail(new ServerSetup(ApplicationProcess.freePort(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        mail.start();
        List<String> shared = List.of(
                "--spring.datasource.url=" + url,
                "--spring.datasource.username=postgres",
                "--spring.datasource.password=",
                "--spring.mail.host=127.0.0.1",
                "--spring.mail.port=" + mail.getSmtp().getPort(),
                // both nodes poll the outbox every second: they race for the same rows
                "--resilience.notification.send-interval=1s",
                // each node logs the rows it sent
                "--logging.level.eu.resilience.assessment.notification=debug");
        // node A creates the demo data; node B starts at the same time on the same database without it
        CompletableFuture<ApplicationProcess> a = CompletableFuture.supplyAsync(
                () -> ApplicationProcess.start("node-a", ApplicationProcess.freePort(), shared));
        List<String> withoutDemo = new ArrayList<>(shared);
        withoutDemo.add("--resilience.demo-data=false");
        CompletableFuture<ApplicationProcess> b = CompletableFuture.supplyAsync(
                () -> ApplicationProcess.start("node-b", ApplicationProcess.freePort(), withoutDemo));
        nodeA = a.join();
        nodeB = b.join();
        browserA = new Browser();
        browserB = new Browser();
    }

    @AfterAll
    static void stopEverything() throws Exception {
        for (AutoCloseable closeable : new AutoCloseable[] {browserA, browserB, nodeA, nodeB}) {
            if (closeable != null) {
                closeable.close();
            }
        }
        if (mail != null) {
            mail.stop();
        }
        if (database != null) {
            database.close();
        }
    }

    @Test
    @Order(1)
    void aLockoutCountedOnOneNodeHoldsOnTheOther() throws Exception {
        assertThat(logIn(nodeB, "coordinator", "resilience-demo"))
                .as("node B accepts the password")
                .isEqualTo("/");
        for (int i = 0; i < 5; i++) {
            assertThat(logIn(nodeA, "coordinator", "wrong password " + i)).isEqualTo("/login?error");
        }
        assertThat(logIn(nodeB, "coordinator", "resilience-demo"))
                .as("after five failures on node A, node B refuses the right password")
                .isEqualTo("/login?locked");
        assertThat(logIn(nodeA, "coordinator", "resilience-demo")).isEqualTo("/login?locked");
        assertThat(logIn(nodeB, "clinique", "resilience-demo"))
                .as("another account is not locked")
                .isEqualTo("/");
    }

    @Test
    @Order(2)
    void twoRespondentsOnTwoNodesEditingOneAnswerGetTheConflict() throws Exception {
        long assessment = assessment()[0];
        openAssessment(browserA, nodeA, "respondent", assessment);
        openAssessment(browserB, nodeB, "respondent2", assessment);
        String practice = firstPractice(browserA);
        int shown = checkedOption(browserA, practice);
        int theirs = (shown + 1) % OPTIONS.size();
        int mine = (shown + 2) % OPTIONS.size();

        choose(browserB, practice, theirs);
        browserB.wait.until(d -> OPTIONS.get(theirs).equals(storedOption(assessment, practice)));
        choose(browserA, practice, mine);

        browserA.wait.until(d -> "conflict".equals(state(browserA, practice)));
        browserA.screenshot("two-nodes-conflict");
        assertThat(storedOption(assessment, practice))
                .as("the answer saved on node B is kept, not overwritten from node A's stale screen")
                .isEqualTo(OPTIONS.get(theirs));
    }

    private static String storedOption(long assessment, String practice) {
        try (Connection db = connect();
                var query = db.prepareStatement(
                        "select option_id from answer where assessment_id = ? and practice_id = ?")) {
            query.setLong(1, assessment);
            query.setString(2, practice);
            try (ResultSet row = query.executeQuery()) {
                return row.next() ? row.getString(1) : null;
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private static int checkedOption(Browser browser, String practice) {
        Object index = browser.driver.executeScript(
                "return [...document.querySelectorAll(arguments[0])].findIndex(r => r.checked);",
                "#practice-" + practice.replace(".", "\\.") + " input[type=radio]");
        return ((Number) index).intValue();
    }

    @Test
    @Order(3)
    void aSubmissionOnOneNodeShowsAtOnceOnTheOther() throws Exception {
        long[] ids = assessment();
        long assessment = ids[0];
        long campaign = ids[1];
        browserB.logInAndOpen(nodeB.port, "lead", "resilience-demo", "");
        browserB.waitFor(By.tagName("vaadin-app-layout"));
        int before = submittedOnTheDashboard(campaign);

        answerEveryPractice(assessment);
        browserA.logInAndOpen(nodeA.port, "respondent", "resilience-demo", "assessments/" + assessment + "/review");
        WebElement submit = browserA.waitFor(By.id("submit"));
        browserA.wait.until(d -> submit.getAttribute("disabled") == null);
        browserA.click(submit);
        browserA.click(browserA.waitFor(By.cssSelector("vaadin-button[slot='confirm-button']")));
        browserA.wait.until(d -> submitted(assessment));

        assertThat(submittedOnTheDashboard(campaign)).isEqualTo(before + 1);
        browserB.screenshot("two-nodes-participation");
    }

    @Test
    @Order(4)
    void theOutboxIsSentOnceByTwoSenders() throws Exception {
        // the submission of the step before queues its notices just after it commits: wait until the outbox has
        // stood still, every row sent, for 3 s while both senders go on polling (nothing may arrive twice)
        int rows = -1;
        long stillSince = System.nanoTime();
        long deadline = System.nanoTime() + 120_000_000_000L;
        while (true) {
            try (Connection db = connect();
                    var query = db.prepareStatement(
                            "select count(*), sum(case when status = 'SENT' then 1 else 0 end) from notification");
                    ResultSet counts = query.executeQuery()) {
                counts.next();
                int now = counts.getInt(1);
                boolean allSent = now > 0 && counts.getInt(2) == now;
                if (!allSent || now != rows) {
                    rows = now;
                    stillSince = System.nanoTime();
                } else if (System.nanoTime() - stillSince > 3_000_000_000L) {
                    break;
                }
            }
            assertThat(System.nanoTime())
                    .as("every queued mail sent within 120 s")
                    .isLessThan(deadline);
            Thread.sleep(250);
        }
        MimeMessage[] received = mail.getReceivedMessages();
        List<String> identities = new ArrayList<>();
        for (MimeMessage message : received) {
            identities.add(identity(message));
        }
        assertThat(received).as("one mail per outbox row").hasSize(rows);
        assertThat(identities).as("no mail twice").doesNotHaveDuplicates();
        // each node's log names the rows it sent: every row once, whichever node sent it
        List<String> sentIds = new ArrayList<>();
        for (ApplicationProcess node : List.of(nodeA, nodeB)) {
            Matcher sent = SENT.matcher(node.output());
            while (sent.find()) {
                sentIds.add(sent.group(1));
            }
        }
        assertThat(sentIds).as("sends logged by the two nodes").hasSize(rows).doesNotHaveDuplicates();
    }

    private static String identity(MimeMessage message) {
        try {
            return String.join(",", message.getHeader("To")) + " | " + message.getSubject();
        } catch (MessagingException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Logs in over HTTP as the login form does; where the login sends the browser ({@link HttpLogin.Outcome}). */
    private static String logIn(ApplicationProcess node, String username, String password) {
        return HttpLogin.logIn(node.port, username, password, "en-US").location();
    }

    private static Connection connect() throws SQLException {
        return DriverManager.getConnection(url, "postgres", "");
    }

    /** Nordgrid Energy's assessment of this year's baseline campaign: its id and the campaign's. */
    private static long[] assessment() throws SQLException {
        try (Connection db = connect();
                var query = db.prepareStatement("select a.id, c.id from assessment a"
                        + " join campaign c on c.id = a.campaign_id"
                        + " join organization o on o.id = a.organization_id"
                        + " where o.name = 'Nordgrid Energy' and c.name = ?")) {
            query.setString(1, CAMPAIGN);
            try (ResultSet row = query.executeQuery()) {
                assertThat(row.next())
                        .as("the demo's assessment of " + CAMPAIGN)
                        .isTrue();
                return new long[] {row.getLong(1), row.getLong(2)};
            }
        }
    }

    private static boolean submitted(long assessment) {
        try (Connection db = connect();
                var query = db.prepareStatement("select status from assessment where id = ?")) {
            query.setLong(1, assessment);
            try (ResultSet row = query.executeQuery()) {
                return row.next() && row.getString(1).equals("SUBMITTED");
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    /**
     * Prepares a complete assessment in the database (the screens' answering is another journey's subject): every
     * practice of the questionnaire that any organization answered gets the best option those organizations chose.
     */
    private static void answerEveryPractice(long assessment) throws SQLException {
        try (Connection db = connect()) {
            try (var delete = db.prepareStatement("delete from answer where assessment_id = ?")) {
                delete.setLong(1, assessment);
                delete.executeUpdate();
            }
            try (var insert = db.prepareStatement(
                    """
                    insert into answer (assessment_id, practice_id, option_id, revision, updated_by, updated_at)
                    select ?, x.practice_id, min(x.option_id), 0, 'respondent', current_timestamp
                    from answer x
                    join assessment other on other.id = x.assessment_id
                    join campaign oc on oc.id = other.campaign_id
                    join campaign mine on mine.questionnaire_id = oc.questionnaire_id
                    join assessment me on me.campaign_id = mine.id and me.id = ?
                    where x.option_id is not null and not x.not_applicable and other.id <> me.id
                    group by x.practice_id""")) {
                insert.setLong(1, assessment);
                insert.setLong(2, assessment);
                assertThat(insert.executeUpdate()).as("answers prepared").isGreaterThan(50);
            }
            try (var update = db.prepareStatement("update assessment set status = 'IN_PROGRESS' where id = ?")) {
                update.setLong(1, assessment);
                update.executeUpdate();
            }
        }
    }

    /** The total of submitted assessments in the participation table of the lead's dashboard, freshly loaded. */
    private static int submittedOnTheDashboard(long campaign) {
        browserB.driver().get("http://localhost:" + nodeB.port + "/benchmarks?campaign=" + campaign);
        browserB.waitFor(By.id("participation-table"));
        Object total =
                browserB.driver.executeScript("const rows = document.querySelectorAll('#participation-table tr');"
                        + " const cells = rows[rows.length - 1].children;"
                        + " return cells[cells.length - 1].textContent.trim();");
        return Integer.parseInt((String) total);
    }

    private static void openAssessment(Browser browser, ApplicationProcess node, String user, long assessment) {
        browser.logInAndOpen(node.port, user, "resilience-demo", "assessments/" + assessment);
        browser.waitFor(By.cssSelector(".ra-card input[type=radio]"));
    }

    private static String firstPractice(Browser browser) {
        return (String) browser.driver.executeScript(
                "return [...document.querySelectorAll('.ra-card')].filter(card => !card.hidden)"
                        + ".map(card => card.id.substring('practice-'.length))[0];");
    }

    private static void choose(Browser browser, String practice, int option) {
        WebElement radio = browser.driver
                .findElements(By.cssSelector("#practice-" + practice.replace(".", "\\.") + " input[type=radio]"))
                .get(option);
        browser.click(radio);
    }

    private static String status(Browser browser, String practice) {
        return browser.driver().findElement(By.id("status-" + practice)).getAttribute("textContent");
    }

    private static String state(Browser browser, String practice) {
        return browser.driver().findElement(By.id("status-" + practice)).getAttribute("data-state");
    }
}
