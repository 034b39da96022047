package eu.resilience.assessment.benchmark;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.stream.Stream;

/**
 * Concurrent respondents through the application's real HTTP protocol (README, "Benchmarks"). Starts the production
 * jar on a fresh H2 file database with the demo data, adds one organization with a respondent login and an open
 * baseline assessment per simulated respondent, then lets every respondent log in (Spring form login with its CSRF
 * token), open its questionnaire (bootstrap page with the initial UIDL; then the UI's heartbeat once per heartbeat
 * interval, as a browser sends it) and, one action per think time, either switch
 * to another domain (a click on {@code nav-<domain>}) or answer a practice of the domain shown (the card's "change"
 * event with the chosen radio's value, then the "ra-choice-settled" event that saves it, as the screen's script
 * sends it; the card is one element whose radio group and status are HTML and scripts the server sends, and its
 * status must then read "Saved by"). Only the cards the screen shows are
 * answered: a practice hidden by its visibility condition is invisible, and the server ignores events on it. Prints
 * p50/p95/max per action, the throughput, and the server's and the generator's CPU time (per action too, to size a
 * bigger server); then every kind of failure with its count and examples (the requests and answers that led to the
 * first of each kind in {@code target/respondent-load-failures/}), and the answers read back from the database after
 * the run: each save the screen confirmed must be stored.
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:exec -Dbenchmark.main=eu.resilience.assessment.benchmark.RespondentLoad
 * -Dbenchmark=respondents=300,think=2000,duration=120} after {@code ./mvnw -Pproduction package -DskipTests}.
 * Options: respondents, think (ms), duration (s of measurement after the ramp-up), rampup (s), jar, server-jvm
 * (JVM options of the server, separated by spaces), threads (of the generator).
 */
public final class RespondentLoad {

    private static final String PASSWORD = "resilience-demo";

    private final Map<String, String> options;
    private final Map<String, List<Long>> samples = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> failures = new ConcurrentHashMap<>();
    private final Map<String, FailureKind> failureKinds = new ConcurrentHashMap<>();
    private final AtomicInteger dumps = new AtomicInteger();
    private final AtomicInteger syncIdGaps = new AtomicInteger();
    private final AtomicInteger repeated = new AtomicInteger();
    private final Map<Long, Answers> answers = new ConcurrentHashMap<>();
    private final List<String> readBack = new ArrayList<>();
    private static final Path FAILURE_DUMPS = Path.of("target", "respondent-load-failures");
    // the respondent's session on this thread (one thread per respondent), for a failure's requests and answers
    private static final ThreadLocal<UidlSession> SESSION = new ThreadLocal<>();
    private volatile boolean measuring;

    /** Failures of one kind: the action and the message without its particulars (practice, respondent, time). */
    private static final class FailureKind {
        final AtomicInteger count = new AtomicInteger();
        final ConcurrentLinkedQueue<String> examples = new ConcurrentLinkedQueue<>();
        volatile Path dump;
    }

    /** What one respondent saved: per practice the value its screen confirmed, or the one it did not confirm. */
    private static final class Answers {
        final Map<String, String> confirmed = new ConcurrentHashMap<>();
        final Map<String, String> unconfirmed = new ConcurrentHashMap<>();

        void saved(String practice, String value, boolean shownAsSaved) {
            if (shownAsSaved) {
                confirmed.put(practice, value);
                unconfirmed.remove(practice);
            } else {
                unconfirmed.put(practice, value);
                confirmed.remove(practice);
            }
        }
    }

    private record Database(String url, String user, String password) {}

    private RespondentLoad(Map<String, String> options) {
        this.options = options;
    }

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new LinkedHashMap<>();
        for (String arg : args) {
            for (String part : arg.split(",")) {
                if (part.isBlank() || part.equals(".*")) {
                    continue;
                }
                String[] pair = part.split("=", 2);
                if (pair.length == 1) {
                    options.put("respondents", pair[0].strip());
                } else {
                    options.put(pair[0].strip(), pair[1].strip());
                }
            }
        }
        new RespondentLoad(options).run();
    }

    private int option(String name, int fallback) {
        return Integer.parseInt(options.getOrDefault(name, String.valueOf(fallback)));
    }

    private void run() throws Exception {
        int respondents = option("respondents", 50);
        int think = option("think", 2000);
        int duration = option("duration", 60);
        int rampup = option("rampup", Math.max(10, respondents / 10));
        int threads = option("threads", 8);
        if (options.containsKey("url")) {
            // a server already running (e.g. on PostgreSQL or another machine): its database URL to add the
            // respondents, its process id to read its CPU time (optional)
            URI base = URI.create(options.get("url").endsWith("/") ? options.get("url") : options.get("url") + "/");
            String database = options.getOrDefault("database", "");
            if (database.isBlank()) {
                throw new IllegalArgumentException("with url=..., give database=<JDBC URL of the server's database>");
            }
            ProcessHandle server = options.containsKey("pid")
                    ? ProcessHandle.of(Long.parseLong(options.get("pid"))).orElseThrow()
                    : null;
            System.out.printf(
                    "Respondent load: %d respondents, one action per %d ms, %d s ramp-up, %d s measured; server %s%n",
                    respondents, think, rampup, duration, base);
            Database db =
                    new Database(database, options.getOrDefault("user", "sa"), options.getOrDefault("password", ""));
            List<Respondent> prepared = prepare(db.url(), db.user(), db.password(), respondents);
            drive(prepared, base, threads, think, rampup, duration, server, db);
            System.exit(0);
        }
        Path jar = Path.of(options.getOrDefault("jar", ProductionServer.findJar()));
        Path data = Files.createTempDirectory("respondent-load");
        String url = "jdbc:h2:file:" + data.toAbsolutePath().resolve("resilience") + ";AUTO_SERVER=TRUE;WRITE_DELAY=0";
        String serverJvm = options.getOrDefault("server-jvm", "");
        System.out.printf(
                "Respondent load: %d respondents, one action per %d ms, %d s ramp-up, %d s measured; server %s %s%n",
                respondents, think, rampup, duration, jar, serverJvm);
        try (ProductionServer server = ProductionServer.start(
                jar,
                serverJvm.isBlank() ? List.of() : List.of(serverJvm.strip().split("\\s+")),
                List.of("--spring.datasource.url=" + url),
                Path.of("target", "respondent-load-server.log"),
                data)) {
            drive(
                    prepare(url, "sa", "", respondents),
                    server.base,
                    threads,
                    think,
                    rampup,
                    duration,
                    server.process.toHandle(),
                    new Database(url, "sa", ""));
        }
        System.exit(0);
    }

    private record Respondent(String username, long assessmentId) {}

    /** One organization with a respondent login and an open baseline assessment per simulated respondent. */
    private static List<Respondent> prepare(String url, String user, String password, int count) throws SQLException {
        List<Respondent> respondents = new ArrayList<>();
        try (Connection db = DriverManager.getConnection(url, user, password)) {
            db.setAutoCommit(false);
            String hash;
            try (Statement statement = db.createStatement();
                    ResultSet rs = statement.executeQuery(
                            "select password_hash from user_account where username = 'respondent'")) {
                if (!rs.next()) {
                    throw new IllegalStateException(
                            "the database has no demo login 'respondent', whose password the respondents get");
                }
                hash = rs.getString(1);
            }
            // several runs against one database: each with its own campaign, operators and logins
            String tag = Long.toString(System.currentTimeMillis() % 100_000_000L, 36);
            long campaign;
            try (PreparedStatement insert = db.prepareStatement(
                    "insert into campaign (name, questionnaire_id, questionnaire_version, opens_on, closes_on,"
                            + " created_by, created_at, reminder_days) values (?, 'cyber-resilience-baseline', '1.0', ?,"
                            + " ?, 'load test', current_timestamp, '')",
                    new String[] {"id"})) {
                insert.setString(1, "Load test " + tag);
                insert.setObject(2, LocalDate.now().minusDays(1));
                insert.setObject(3, LocalDate.now().plusDays(60));
                insert.executeUpdate();
                campaign = generatedId(insert);
            }
            for (int i = 1; i <= count; i++) {
                String name = String.format("Load test %s operator %04d", tag, i);
                long organization;
                try (PreparedStatement insert = db.prepareStatement(
                        "insert into organization (name, sector, size_class, country) values (?, 'energy', 'MEDIUM',"
                                + " 'DE')",
                        new String[] {"id"})) {
                    insert.setString(1, name);
                    insert.executeUpdate();
                    organization = generatedId(insert);
                }
                String username = String.format("load-%s-%04d", tag, i);
                try (PreparedStatement insert = db.prepareStatement(
                        "insert into user_account (username, display_name, password_hash, role, organization_id,"
                                + " reminders) values (?, ?, ?, 'RESPONDENT', ?, false)")) {
                    insert.setString(1, username);
                    insert.setString(2, "Load " + i);
                    insert.setString(3, hash);
                    insert.setLong(4, organization);
                    insert.executeUpdate();
                }
                try (PreparedStatement insert = db.prepareStatement(
                        "insert into assessment (campaign_id, organization_id, status) values (?, ?, 'NOT_STARTED')",
                        new String[] {"id"})) {
                    insert.setLong(1, campaign);
                    insert.setLong(2, organization);
                    insert.executeUpdate();
                    respondents.add(new Respondent(username, generatedId(insert)));
                }
            }
            db.commit();
        }
        return respondents;
    }

    private static long generatedId(PreparedStatement statement) throws SQLException {
        try (ResultSet keys = statement.getGeneratedKeys()) {
            keys.next();
            return keys.getLong(1);
        }
    }

    private void drive(
            List<Respondent> respondents,
            URI base,
            int threads,
            int think,
            int rampup,
            int duration,
            ProcessHandle server,
            Database database)
            throws Exception {
        clearFailureDumps();
        // one thread per respondent (it thinks most of the time); the HTTP client's work on a small pool
        ExecutorService pool = Executors.newCachedThreadPool();
        ExecutorService httpPool = Executors.newFixedThreadPool(threads);
        try {
            drive(respondents, base, pool, UidlSession.client(httpPool), think, rampup, duration, server, database);
        } finally {
            pool.shutdownNow();
            httpPool.shutdownNow();
        }
    }

    private void drive(
            List<Respondent> respondents,
            URI base,
            ExecutorService pool,
            HttpClient http,
            int think,
            int rampup,
            int duration,
            ProcessHandle server,
            Database database)
            throws Exception {
        long start = System.nanoTime();
        long measureFrom = start + TimeUnit.SECONDS.toNanos(rampup);
        long end = measureFrom + TimeUnit.SECONDS.toNanos(duration);
        var scheduler = Executors.newScheduledThreadPool(2);
        for (int i = 0; i < respondents.size(); i++) {
            Respondent respondent = respondents.get(i);
            long delay = (long) i * TimeUnit.SECONDS.toNanos(rampup) / respondents.size();
            scheduler.schedule(
                    () -> pool.submit(() -> respond(respondent, base, http, think, end)), delay, TimeUnit.NANOSECONDS);
        }
        sleepUntil(measureFrom);
        long serverCpuBefore = cpuNanos(server);
        long driverCpuBefore = driverCpuNanos();
        long measuredFrom = System.nanoTime();
        measuring = true;
        System.out.printf("Ramp-up done (%d s); measuring %d s...%n", rampup, duration);
        sleepUntil(end);
        measuring = false;
        long measuredNanos = System.nanoTime() - measuredFrom;
        long serverCpu = cpuNanos(server) - serverCpuBefore;
        long driverCpu = driverCpuNanos() - driverCpuBefore;
        scheduler.shutdownNow();
        // the respondents finish their last action, then the database must hold what their screens confirmed
        pool.shutdown();
        if (!pool.awaitTermination(think * 2L + 70_000, TimeUnit.MILLISECONDS)) {
            fail("read back", "respondents still busy " + (think * 2L + 70_000) + " ms after the end");
        }
        readBack(respondents, database);
        report(respondents.size(), think, measuredNanos, serverCpu, driverCpu);
    }

    /** Compares what each respondent's screen said was saved with the answers in the database. */
    private void readBack(List<Respondent> respondents, Database database) throws SQLException {
        int confirmed = 0, stored = 0, unconfirmed = 0, storedAnyway = 0;
        try (Connection db = DriverManager.getConnection(database.url(), database.user(), database.password());
                PreparedStatement select = db.prepareStatement(
                        "select practice_id, option_id, not_applicable from answer where assessment_id = ?")) {
            for (Respondent respondent : respondents) {
                Answers saved = answers.get(respondent.assessmentId());
                if (saved == null) {
                    continue;
                }
                Map<String, String> inDatabase = new LinkedHashMap<>();
                select.setLong(1, respondent.assessmentId());
                try (ResultSet rs = select.executeQuery()) {
                    while (rs.next()) {
                        inDatabase.put(rs.getString(1), rs.getBoolean(3) ? "na" : rs.getString(2));
                    }
                }
                for (var entry : saved.confirmed.entrySet()) {
                    confirmed++;
                    String found = inDatabase.get(entry.getKey());
                    if (entry.getValue().equals(found)) {
                        stored++;
                    } else {
                        fail(
                                "read back",
                                respondent.username() + ": " + entry.getKey() + " shown as saved with "
                                        + entry.getValue() + ", the database holds " + found);
                    }
                }
                for (var entry : saved.unconfirmed.entrySet()) {
                    unconfirmed++;
                    if (entry.getValue().equals(inDatabase.get(entry.getKey()))) {
                        storedAnyway++;
                    }
                }
            }
        }
        readBack.add(String.format(
                "read back from the database: %d answers shown as saved, %d of them stored as shown",
                confirmed, stored));
        if (unconfirmed > 0) {
            readBack.add(String.format(
                    "  %d answers whose last save was not shown as saved: %d of them stored anyway",
                    unconfirmed, storedAnyway));
        }
    }

    /** One respondent: log in, open the questionnaire, then one action per think time until the end. */
    private void respond(Respondent respondent, URI base, HttpClient http, int think, long end) {
        Random random = new Random(respondent.assessmentId());
        UidlSession session = new UidlSession(base, http);
        SESSION.set(session);
        Answers saved = answers.computeIfAbsent(respondent.assessmentId(), id -> new Answers());
        // the options this respondent chose (the screen does not send a group's value back: the browser keeps it)
        Map<String, String> chosen = new java.util.HashMap<>();
        try {
            timed("log in", () -> session.login(respondent.username(), PASSWORD));
            timed("open questionnaire", () -> session.open("assessments/" + respondent.assessmentId()));
            shown(session);
            // the list of domains is one element (domain-nav) whose HTML (sent by a script when it is attached) holds a
            // button per domain (data-domain)
            List<String> domains = session.byElementId("domain-nav")
                    .flatMap(nav -> session.lastScript(nav, "innerHTML"))
                    .map(script -> java.util.regex.Pattern.compile("data-domain=\"([^\"]*)\"")
                            .matcher(script.arguments().get(0).asText())
                            .results()
                            .map(match -> match.group(1))
                            .toList())
                    .orElse(List.of());
            if (domains.isEmpty()) {
                throw new IllegalStateException("no domain buttons (nav-...) on the questionnaire screen");
            }
            while (System.nanoTime() < end) {
                Thread.sleep(think / 2 + random.nextInt(think + 1));
                if (System.nanoTime() >= end) {
                    break;
                }
                if (session.heartbeatDue()) {
                    // as the browser's timer does; without it the server closes the UI after three intervals
                    timed("heartbeat", session::heartbeat);
                }
                if (random.nextInt(4) == 0) {
                    String domain = domains.get(random.nextInt(domains.size()));
                    // a click on its button: the list's click listener, with the domain as event data
                    timed(
                            "switch domain",
                            () -> session.fire(
                                    session.byElementId("domain-nav").orElseThrow(),
                                    "click",
                                    Map.of(
                                            "event.target.closest('[data-domain]')?.dataset.domain",
                                            domain,
                                            "!!event.target.closest('[data-domain]')",
                                            true)));
                    shown(session);
                } else {
                    answer(session, random, chosen, saved);
                }
            }
        } catch (InterruptedException stopped) {
            Thread.currentThread().interrupt();
        } catch (Exception e) {
            fail("respondent", respondent.username() + " stopped: " + e);
        } finally {
            syncIdGaps.addAndGet(session.syncIdGaps());
            repeated.addAndGet(session.repeated());
            SESSION.remove();
        }
    }

    /**
     * What the screen's script sends once a domain is on screen (so that the UI keeps that small answer as its last
     * one, not the whole screen's): a request of its own, as the browser makes it.
     */
    private void shown(UidlSession session) throws Exception {
        var view = session.listening("ra-shown");
        if (view.isPresent()) {
            timed("screen shown", () -> session.fire(view.get(), "ra-shown"));
        }
    }

    /** Chooses another option of a random practice card of the domain shown, and checks it was saved. */
    private void answer(UidlSession session, Random random, Map<String, String> chosen, Answers saved)
            throws Exception {
        // only the cards the screen shows: one hidden by its visibility condition cannot be clicked, and the server
        // ignores events on it (an invisible element is inactive)
        List<String> cards = session.elementIds("practice-").stream()
                .filter(id -> !id.startsWith("practice-id-") && !id.startsWith("practice-text-"))
                .filter(id -> session.byElementId(id).map(session::shown).orElse(false))
                .sorted()
                .toList();
        if (cards.isEmpty()) {
            fail("save answer", "no practice card on the screen");
            return;
        }
        String card = cards.get(random.nextInt(cards.size()));
        String practice = card.substring("practice-".length());
        UidlSession.Node cardNode = session.byElementId(card).orElseThrow();
        // the card is one element: its radio group, tools and status are HTML a script puts in it when attached
        String html = session.lastScript(cardNode, "insertAdjacentHTML")
                .map(script -> script.arguments().get(0).asText())
                .orElse("");
        if (html.isEmpty()) {
            fail("save answer", "no HTML rendered in " + card);
            return;
        }
        if (java.util.regex.Pattern.compile("<fieldset [^>]*disabled")
                .matcher(html)
                .find()) {
            fail("save answer", card + " is read-only");
            return;
        }
        List<String> values = java.util.regex.Pattern.compile(
                        "<input type=\"radio\" name=\"[^\"]*\" value=\"([^\"]*)\"")
                .matcher(html)
                .results()
                .map(match -> match.group(1))
                .filter(v -> !v.equals(chosen.get(practice)))
                .toList();
        if (values.isEmpty()) {
            fail("save answer", "no option to choose in " + card);
            return;
        }
        String value = values.get(random.nextInt(values.size()));
        chosen.put(practice, value);
        // the card's change listener: the input's type, value and checked state, and its filter (one of its own inputs)
        timed(
                "choose option",
                () -> session.fire(
                        cardNode,
                        "change",
                        Map.of(
                                "event.target.type",
                                "radio",
                                "event.target.value",
                                value,
                                "event.target.checked",
                                true,
                                "!!event.target.closest('[data-piece]')",
                                true)));
        timed("save answer", () -> session.fire(cardNode, "ra-choice-settled"));
        String status = status(session, cardNode);
        saved.saved(practice, value, status.startsWith("Saved by"));
        if (!status.startsWith("Saved by")) {
            fail("save answer", "status of " + practice + " after saving: '" + status + "'");
        }
    }

    private static final java.util.regex.Pattern STATUS_IN_HTML =
            java.util.regex.Pattern.compile("data-status[^>]*>([^<]*)</span>");

    /**
     * The status a card shows, as the browser has it: the last one the server's scripts put there, rendered with the
     * card's HTML or applied since (the script that applies the card's changes: its second argument, null when the
     * status did not change). A save whose status reads as before (same respondent, same minute) sends none.
     */
    static String status(UidlSession session, UidlSession.Node card) {
        String status = "";
        for (UidlSession.Script script : session.scripts(card)) {
            if (script.code().contains("insertAdjacentHTML")) {
                java.util.regex.Matcher match =
                        STATUS_IN_HTML.matcher(script.arguments().get(0).asText());
                status = match.find() ? unescape(match.group(1)) : "";
            } else if (script.code().contains("data-status")
                    && !script.arguments().get(1).isNull()) {
                status = script.arguments().get(1).asText();
            }
        }
        return status;
    }

    private static String unescape(String html) {
        return html.replace("&lt;", "<")
                .replace("&gt;", ">")
                .replace("&quot;", "\"")
                .replace("&#39;", "'")
                .replace("&amp;", "&");
    }

    private interface Action {
        void run() throws Exception;
    }

    private void timed(String name, Action action) throws Exception {
        long begin = System.nanoTime();
        try {
            action.run();
        } catch (Exception e) {
            fail(name, e.toString());
            throw e;
        }
        long took = System.nanoTime() - begin;
        if (measuring) {
            samples.computeIfAbsent(name, n -> java.util.Collections.synchronizedList(new ArrayList<>()))
                    .add(took);
        }
    }

    private void fail(String action, String message) {
        failures.computeIfAbsent(action, a -> new AtomicInteger()).incrementAndGet();
        String kind = action + ": " + particularsOut(message);
        FailureKind failure = failureKinds.computeIfAbsent(kind, k -> new FailureKind());
        if (failure.count.incrementAndGet() == 1) {
            failure.dump = dump(kind, message);
        }
        if (failure.examples.size() < 3) {
            failure.examples.add(message.length() > 400 ? message.substring(0, 400) + "..." : message);
        }
    }

    /** A failure's message without what differs between its occurrences, to group them by kind. */
    static String particularsOut(String message) {
        return message.replaceAll("load-[a-z0-9]+-\\d+", "<respondent>")
                .replaceAll("\\b[A-Z]{2,}(\\.\\d+)+\\b", "<practice>")
                .replaceAll("Load \\d+", "<name>")
                .replaceAll("\\d{1,2}:\\d{2}( [AP]M)?", "<time>")
                .replaceAll("(syncId|clientId|node|nodes|after|than) \\d+", "$1 <n>")
                .replaceAll("(assessments/|assessments%2F|localhost:)\\d+", "$1<n>")
                .replaceAll("(total|active|idle|waiting)=\\d+", "$1=<n>")
                .replaceAll("\\d+ms", "<n>ms")
                .replaceAll("(shown as saved with|holds) \\S+", "$1 <option>")
                .replaceAll("option \\S+ ", "option <option> ");
    }

    /** Writes the failure and the respondent's last requests and answers to a file under target/; returns it. */
    private Path dump(String kind, String message) {
        UidlSession session = SESSION.get();
        Path file = FAILURE_DUMPS.resolve(String.format(
                "%02d-%s.txt",
                dumps.incrementAndGet(),
                kind.replaceAll("[^A-Za-z0-9]+", "-")
                        .substring(
                                0,
                                Math.min(
                                        60,
                                        kind.replaceAll("[^A-Za-z0-9]+", "-").length()))));
        StringBuilder text = new StringBuilder()
                .append("kind: ")
                .append(kind)
                .append("\nfirst: ")
                .append(message)
                .append("\nat: ")
                .append(java.time.Instant.now())
                .append('\n');
        if (session == null) {
            text.append("(no respondent session on this thread)\n");
        } else {
            text.append("syncId gaps of this session: ")
                    .append(session.syncIdGaps())
                    .append('\n');
            for (UidlSession.Exchange exchange : session.recentExchanges()) {
                text.append("\n--> POST ?v-r=uidl\n")
                        .append(exchange.request())
                        .append("\n<-- ")
                        .append(exchange.status())
                        .append('\n')
                        .append(exchange.answer())
                        .append('\n');
            }
        }
        try {
            Files.createDirectories(FAILURE_DUMPS);
            Files.writeString(file, text);
            return file;
        } catch (IOException e) {
            return null;
        }
    }

    private static void clearFailureDumps() throws IOException {
        if (Files.isDirectory(FAILURE_DUMPS)) {
            try (Stream<Path> files = Files.list(FAILURE_DUMPS)) {
                for (Path file : files.toList()) {
                    Files.delete(file);
                }
            }
        }
    }

    private void report(int respondents, int think, long measuredNanos, long serverCpu, long driverCpu) {
        double seconds = measuredNanos / 1e9;
        int actions = samples.values().stream().mapToInt(List::size).sum();
        // a respondent's action is a domain switch or a save (choose + save: two requests)
        int userActions = samples.getOrDefault("switch domain", List.of()).size()
                + samples.getOrDefault("save answer", List.of()).size();
        System.out.printf(
                "%n%d respondents, think time %d ms, measured %.0f s; load average %s%n",
                respondents, think, seconds, loadAverage());
        System.out.printf("%-20s %8s %8s %8s %8s %8s%n", "action", "count", "p50 ms", "p95 ms", "max ms", "failed");
        for (String name : List.of(
                "log in",
                "open questionnaire",
                "switch domain",
                "screen shown",
                "choose option",
                "save answer",
                "heartbeat")) {
            List<Long> list = new ArrayList<>(samples.getOrDefault(name, List.of()));
            list.sort(null);
            System.out.printf(
                    "%-20s %8d %8.0f %8.0f %8.0f %8d%n",
                    name,
                    list.size(),
                    percentile(list, 50),
                    percentile(list, 95),
                    percentile(list, 100),
                    failures.getOrDefault(name, new AtomicInteger()).get());
        }
        System.out.printf(
                "throughput: %.1f requests/s, %.1f respondent actions/s (switch or save)%n",
                actions / seconds, userActions / seconds);
        System.out.printf(
                "server CPU: %.1f s in %.0f s = %.0f %% of one core (%.0f %% of the machine's %d cores), %.1f ms per"
                        + " request, %.1f ms per respondent action%n",
                serverCpu / 1e9,
                seconds,
                100.0 * serverCpu / measuredNanos,
                100.0 * serverCpu / measuredNanos / Runtime.getRuntime().availableProcessors(),
                Runtime.getRuntime().availableProcessors(),
                actions == 0 ? 0 : serverCpu / 1e6 / actions,
                userActions == 0 ? 0 : serverCpu / 1e6 / userActions);
        System.out.printf(
                "generator CPU: %.1f s = %.0f %% of one core%n", driverCpu / 1e9, 100.0 * driverCpu / measuredNanos);
        System.out.printf(
                "syncId gaps (answers after messages the server sent elsewhere, e.g. by push): %d%n", syncIdGaps.get());
        System.out.printf(
                "requests sent again after the server closed their kept-alive connection unanswered: %d%n",
                repeated.get());
        readBack.forEach(System.out::println);
        int failed = failures.values().stream().mapToInt(AtomicInteger::get).sum();
        System.out.printf("failures (ramp-up included): %d%n", failed);
        failureKinds.entrySet().stream()
                .sorted((a, b) -> b.getValue().count.get() - a.getValue().count.get())
                .forEach(kind -> {
                    String name = kind.getKey();
                    System.out.printf(
                            "%6d x %s%n",
                            kind.getValue().count.get(), name.length() > 400 ? name.substring(0, 400) + "..." : name);
                    kind.getValue().examples.forEach(example -> System.out.println("           e.g. " + example));
                    if (kind.getValue().dump != null) {
                        System.out.println("           requests and answers of the first: " + kind.getValue().dump);
                    }
                });
    }

    private static double percentile(List<Long> sorted, int percent) {
        if (sorted.isEmpty()) {
            return 0;
        }
        int index = (int) Math.ceil(percent / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
    }

    /** The CPU time (user + system) the server process has used so far. */
    private static long cpuNanos(ProcessHandle server) {
        if (server == null) {
            return 0;
        }
        return server.info().totalCpuDuration().map(Duration::toNanos).orElse(0L);
    }

    private static long driverCpuNanos() {
        return ((com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean())
                .getProcessCpuTime();
    }

    private static String loadAverage() {
        try {
            return Files.readString(Path.of("/proc/loadavg")).substring(0, 14).strip();
        } catch (IOException e) {
            return "?";
        }
    }

    private static void sleepUntil(long nanoTime) throws InterruptedException {
        long left;
        while ((left = nanoTime - System.nanoTime()) > 0) {
            TimeUnit.NANOSECONDS.sleep(left);
        }
    }
}
