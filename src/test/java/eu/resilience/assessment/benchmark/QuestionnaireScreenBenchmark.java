package eu.resilience.assessment.benchmark;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.internal.ComponentTracker;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import com.vaadin.flow.server.VaadinSession;
import eu.resilience.assessment.Application;
import eu.resilience.assessment.journey.Browser;
import java.lang.management.ManagementFactory;
import java.lang.ref.WeakReference;
import java.lang.reflect.Field;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import javax.management.ObjectName;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.context.ServletWebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The questionnaire screen of the demo baseline, driven by a real headless Chromium (one user):
 *
 * <ol>
 *   <li><b>domain switch</b>, on the production jar (built by {@code ./mvnw -Pproduction package -DskipTests}; {@code
 *       -Djar=...} names another) started as a process of its own on an in-memory H2 database with the demo data:
 *       clicks alternately on the largest domain (PROTECT, 14 practices) and on GOV; for each click to PROTECT, the
 *       server time of the UIDL requests it caused (Tomcat's access log, {@code %D}: from the request read to the
 *       response written), the browser's main-thread work (Chrome DevTools {@code Performance.getMetrics},
 *       TaskDuration) and the time from the click until the domain's first practice is usable (its options rendered,
 *       the client idle). The first click is reported apart (cold);
 *   <li><b>session memory</b>, on the application started in this JVM (development mode, the test classpath, with the
 *       component tracker off as in production mode): N respondents each log in (a fresh session: cookies deleted)
 *       and open the questionnaire from My assessments, and leave it open; the live heap after a full GC (the class
 *       histogram's total, as {@code jcmd <pid> GC.class_histogram} prints it) before and after, per session, with
 *       the UIs each session still holds, and what one session holds that another does not reach, by class and by
 *       path from its HTTP session ({@link SessionFootprint}).
 * </ol>
 *
 * <p>Run: {@code ./mvnw -Pbenchmark test-compile exec:exec
 * -Dbenchmark.main=eu.resilience.assessment.benchmark.QuestionnaireScreenBenchmark -Dbenchmark=20,100} (the argument:
 * the session counts, 0 for none; {@code -Dbenchmark.jvm=-Dclicks=200} the measured clicks, 30 by default; {@code
 * -Dbenchmark.jvm=-Dswitch=false} skips the domain switch). Needs Debian's chromium and chromium-driver.
 */
public final class QuestionnaireScreenBenchmark {

    private static final String LARGEST = "PROTECT";
    private static final String OTHER = "GOV";
    private static final int CLICKS = Integer.getInteger("clicks", 30);
    /** Clicks before the measured ones: the server's JIT compiles the screen's code over the first hundred or so. */
    private static final int WARMUP = Integer.getInteger("warmup", 100);

    /** A practice's option on the screen: a native radio input (or, in versions before it, a web component). */
    private static final String OPTION = ".ra-card input[type=radio], .ra-card vaadin-radio-button";

    private static final List<WeakReference<VaadinSession>> sessions = new CopyOnWriteArrayList<>();

    private static ConfigurableApplicationContext application;

    private QuestionnaireScreenBenchmark() {}

    public static void main(String[] args) throws Exception {
        List<Integer> counts = args.length > 0 && !args[0].equals(".*")
                ? Arrays.stream(args[0].split(",")).map(Integer::valueOf).toList()
                : List.of(20, 100);
        try (Browser browser = new Browser()) {
            System.out.printf("Load average at start: %.1f%n", loadAverage());
            if (!"false".equals(System.getProperty("switch"))) {
                domainSwitchOnProductionJar(browser);
            }
            if (!counts.isEmpty() && counts.get(0) > 0) {
                sessionMemoryInThisJvm(browser, counts);
            }
            System.out.printf("Load average at end: %.1f%n", loadAverage());
        }
        System.exit(0);
    }

    private static void domainSwitchOnProductionJar(Browser browser) throws Exception {
        Path jar = Path.of(System.getProperty("jar", ProductionServer.findJar()));
        Path folder = Files.createTempDirectory("screen-benchmark");
        System.out.printf("Domain switch on %s (production mode, H2 in memory, demo data)%n", jar);
        try (ProductionServer server = ProductionServer.start(
                jar,
                List.of(),
                List.of(
                        "--spring.datasource.url=jdbc:h2:mem:screen;DB_CLOSE_DELAY=-1",
                        "--server.tomcat.accesslog.enabled=true",
                        "--server.tomcat.accesslog.directory=" + folder.toAbsolutePath(),
                        "--server.tomcat.accesslog.prefix=access",
                        "--server.tomcat.accesslog.suffix=.log",
                        "--server.tomcat.accesslog.file-date-format=",
                        "--server.tomcat.accesslog.buffered=false",
                        // method, path and query, then the time taken in microseconds
                        "--server.tomcat.accesslog.pattern=%m %U%q %D"),
                folder.resolve("server.log"),
                folder)) {
            domainSwitch(browser, server.port(), new AccessLog(folder.resolve("access.log")));
        }
    }

    private static void sessionMemoryInThisJvm(Browser browser, List<Integer> counts) throws Exception {
        // development mode records where every component was created and attached (a stack trace each, kept in
        // static maps) for its tools; production mode does not: neither should the figures
        Field tracker = ComponentTracker.class.getDeclaredField("disabled");
        tracker.setAccessible(true);
        tracker.set(null, Boolean.TRUE);
        SpringApplicationBuilder builder = new SpringApplicationBuilder(Application.class)
                .profiles("test")
                .properties("logging.level.root=warn")
                .initializers(context -> context.getBeanFactory()
                        .registerSingleton("sessionTracking", (VaadinServiceInitListener)
                                QuestionnaireScreenBenchmark::trackSessions));
        try (ConfigurableApplicationContext context = builder.run(
                // arguments, since the application's and the test profile's own values outrank defaults
                "--server.port=0", "--spring.datasource.url=jdbc:h2:mem:screen;DB_CLOSE_DELAY=-1")) {
            application = context;
            int port = ((ServletWebServerApplicationContext) context)
                    .getWebServer()
                    .getPort();
            sessionMemory(browser, port, counts);
        }
    }

    private static void domainSwitch(Browser browser, int port, AccessLog times) throws Exception {
        openQuestionnaire(browser, port, "respondent");
        ChromeDriver driver = (ChromeDriver) browser.driver();
        driver.executeCdpCommand("Performance.enable", Map.of());
        // the UIDL requests the page sent so far (every one stays listed) against those the server logged so far
        driver.executeScript("performance.setResourceTimingBufferSize(1000000)");
        Thread.sleep(500);
        times.startCounting(uidlRequestsSent(driver));
        List<double[]> warming = new ArrayList<>();
        List<double[]> measured = new ArrayList<>();
        for (int i = 0; i < WARMUP + CLICKS + 1; i++) {
            double[] click = click(driver, LARGEST, times);
            if (i == 0) {
                System.out.printf(
                        "Domain switch to %s, cold (first time on this server): server %.1f ms, browser work %.1f ms,"
                                + " first practice usable %.1f ms after the click%n",
                        LARGEST, click[0], click[1], click[2]);
            } else {
                (i > WARMUP ? measured : warming).add(click);
            }
            click(driver, OTHER, times);
        }
        if (!warming.isEmpty()) {
            System.out.printf("Domain switch to %s, while the server warms up, clicks 2-%d:%n", LARGEST, WARMUP + 1);
            print(warming);
        }
        System.out.printf("Domain switch to %s, warm, %d clicks:%n", LARGEST, measured.size());
        print(measured);
    }

    private static void print(List<double[]> clicks) {
        String[] names = {"server time of its requests", "browser main-thread work", "first practice usable"};
        for (int k = 0; k < names.length; k++) {
            int column = k;
            double[] values =
                    clicks.stream().mapToDouble(m -> m[column]).sorted().toArray();
            System.out.printf(
                    "  %-30s p50 %7.1f ms  p95 %7.1f ms  max %7.1f ms%n",
                    names[k], quantile(values, 0.5), quantile(values, 0.95), values[values.length - 1]);
        }
    }

    /** How many UIDL requests the page has sent and had answered (the browser's resource timing). */
    private static int uidlRequestsSent(ChromeDriver driver) {
        return ((Number) driver.executeScript("return performance.getEntriesByType('resource')"
                        + ".filter(e => e.name.includes('v-r=uidl')).length"))
                .intValue();
    }

    /**
     * Tomcat's access log of the server: the time taken by each UIDL request, in the order they ended. The log is
     * written once a response is out, so a reader waits until it has as many lines as the browser counts requests.
     */
    private static final class AccessLog {

        private final Path file;
        private final List<Long> micros = new ArrayList<>();
        private int offset;

        AccessLog(Path file) {
            this.file = file;
        }

        /** The browser has sent {@code sent} UIDL requests so far: the ones before are not counted. */
        void startCounting(int sent) throws Exception {
            read();
            offset = micros.size() - sent;
        }

        /** The times (ms) of the requests from the {@code from}-th to the {@code to}-th the browser sent. */
        List<Double> between(int from, int to) throws Exception {
            long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
            while (micros.size() < offset + to) {
                if (System.nanoTime() > deadline) {
                    throw new IllegalStateException("the access log has " + (micros.size() - offset)
                            + " UIDL requests, the browser sent " + to + ": " + file);
                }
                Thread.sleep(2);
                read();
            }
            return micros.subList(offset + from, offset + to).stream()
                    .map(us -> us / 1000.0)
                    .toList();
        }

        private void read() throws Exception {
            micros.clear();
            for (String line : Files.readAllLines(file)) {
                String[] parts = line.split(" ");
                if (parts.length == 3 && parts[0].equals("POST") && parts[1].contains("v-r=uidl")) {
                    micros.add(Long.parseLong(parts[2]));
                }
            }
        }
    }

    /** Clicks a domain; returns server ms, browser work ms, ms until its first practice is usable. */
    private static double[] click(ChromeDriver driver, String domain, AccessLog times) throws Exception {
        int sent = uidlRequestsSent(driver);
        double before = taskDuration(driver);
        Object usable = driver.executeAsyncScript(
                """
                const domain = arguments[0], option = arguments[1], done = arguments[arguments.length - 1];
                const idle = () => Object.values(window.Vaadin.Flow.clients)
                    .every(c => !c.isActive || !c.isActive());
                const t0 = performance.now();
                document.getElementById('nav-' + domain).click();
                const check = () => {
                  const title = document.getElementById('domain-title');
                  const first = document.querySelector(option);
                  if (title && title.textContent.startsWith(domain + ' ·') && first
                      && first.closest('.ra-card').id.startsWith('practice-' + domain + '.')
                      && first.getClientRects().length > 0 && idle()) {
                    const t = performance.now() - t0;
                    requestAnimationFrame(() => setTimeout(() => done(t), 0));
                  } else {
                    requestAnimationFrame(check);
                  }
                };
                requestAnimationFrame(check);
                """,
                domain,
                OPTION);
        double browserWork = (taskDuration(driver) - before) * 1000;
        // the requests of the click are answered before the client is idle
        double server = times.between(sent, uidlRequestsSent(driver)).stream()
                .mapToDouble(Double::doubleValue)
                .sum();
        return new double[] {server, browserWork, ((Number) usable).doubleValue()};
    }

    @SuppressWarnings("unchecked")
    private static double taskDuration(ChromeDriver driver) {
        var metrics = (List<Map<String, Object>>)
                driver.executeCdpCommand("Performance.getMetrics", Map.of()).get("metrics");
        return metrics.stream()
                .filter(m -> "TaskDuration".equals(m.get("name")))
                .mapToDouble(m -> ((Number) m.get("value")).doubleValue())
                .findFirst()
                .orElseThrow();
    }

    private static void sessionMemory(Browser browser, int port, List<Integer> counts) throws Exception {
        // what the first opening of the screen fills once for all (classes loaded, caches) is not a session's: both
        // respondents open it once before the heap is measured
        openQuestionnaire(browser, port, "respondent");
        browser.driver().manage().deleteAllCookies();
        openQuestionnaire(browser, port, "respondent2");
        browser.driver().manage().deleteAllCookies();
        browser.driver().get("about:blank");
        long before = liveHeap();
        Map<String, Long> histogramBefore = histogram();
        int opened = 0;
        long previous = 0;
        int previousOpened = 0;
        for (int target : counts) {
            while (opened < target) {
                openQuestionnaire(browser, port, opened % 2 == 0 ? "respondent" : "respondent2");
                opened++;
            }
            browser.driver().manage().deleteAllCookies();
            browser.driver().get("about:blank");
            long after = liveHeap();
            System.out.printf(
                    "%d sessions with the questionnaire open: live heap +%,d KB, %,d KB per session%n",
                    opened, (after - before) / 1024, (after - before) / 1024 / opened);
            if (previous > 0) {
                // what one more session costs, without what the first sessions filled once (caches, classes)
                System.out.printf(
                        "  each of the sessions %d-%d: %,d KB%n",
                        previousOpened + 1, opened, (after - previous) / 1024 / (opened - previousOpened));
            }
            previous = after;
            previousOpened = opened;
        }
        Map<String, Long> histogramAfter = histogram();
        System.out.println("Largest growth by class (KB per session):");
        int sessionsOpened = opened;
        histogramAfter.entrySet().stream()
                .map(e -> Map.entry(e.getKey(), e.getValue() - histogramBefore.getOrDefault(e.getKey(), 0L)))
                .sorted(Map.Entry.<String, Long>comparingByValue().reversed())
                .limit(Integer.getInteger("classes", 12))
                .forEach(e -> System.out.printf("  %6.1f  %s%n", e.getValue() / 1024.0 / sessionsOpened, e.getKey()));
        describeSessions();
    }

    /** Logs in as a fresh visitor and opens this year's baseline from My assessments. */
    private static void openQuestionnaire(Browser browser, int port, String username) {
        browser.logIn(port, username, "resilience-demo");
        var open = browser.waitFor(By.cssSelector("vaadin-button[id^='open-'][data-campaign='Baseline "
                + LocalDate.now().getYear() + "']"));
        open.click();
        browser.waitFor(By.cssSelector(OPTION));
        ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                        """
                        const done = arguments[arguments.length - 1];
                        const idle = () => Object.values(window.Vaadin.Flow.clients)
                            .every(c => !c.isActive || !c.isActive());
                        const check = () => idle() ? done() : setTimeout(check, 20);
                        check();
                        """);
    }

    /** What the sessions hold: their UIs by the view they show. */
    private static void describeSessions() {
        Map<String, Integer> views = new TreeMap<>();
        List<VaadinSession> open = new ArrayList<>();
        int live = 0;
        for (WeakReference<VaadinSession> reference : sessions) {
            VaadinSession session = reference.get();
            if (session == null) {
                continue;
            }
            session.lock();
            try {
                if (session.getState() != com.vaadin.flow.server.VaadinSessionState.OPEN) {
                    continue;
                }
                live++;
                open.add(session);
                for (UI ui : session.getUIs()) {
                    var chain = ui.getInternals().getActiveRouterTargetsChain();
                    String view =
                            chain.isEmpty() ? "(none)" : chain.get(0).getClass().getSimpleName();
                    int[] nodes = {0};
                    ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> nodes[0]++);
                    views.merge(
                            view + " (" + (nodes[0] / 10 * 10) + "-" + (nodes[0] / 10 * 10 + 9) + " state nodes)",
                            1,
                            Integer::sum);
                }
            } finally {
                session.unlock();
            }
        }
        System.out.printf("Open Vaadin sessions: %d; their UIs by view: %s%n", live, views);
        sessions.stream()
                .map(WeakReference::get)
                .filter(session -> session != null)
                .reduce((first, second) -> second)
                .ifPresent(QuestionnaireScreenBenchmark::describeElements);
        if (open.size() >= 2) {
            SessionFootprint.print(application, open.get(open.size() - 1), open.get(open.size() - 2));
        }
    }

    /** The state nodes of the last session's UIs, by the component that owns their element (or the tag). */
    private static void describeElements(VaadinSession session) {
        Map<String, Integer> counts = new TreeMap<>();
        session.lock();
        try {
            for (UI ui : session.getUIs()) {
                ui.getInternals().getStateTree().getRootNode().visitNodeTree(node -> {
                    String name = "(other)";
                    if (node.hasFeature(com.vaadin.flow.internal.nodefeature.ElementData.class)) {
                        name = owner(node);
                    } else if (node.hasFeature(com.vaadin.flow.internal.nodefeature.TextNodeMap.class)) {
                        // a text node: by the element it is the text of
                        name = "#text in " + (node.getParent() == null ? "?" : owner(node.getParent()));
                    }
                    counts.merge(name, 1, Integer::sum);
                });
            }
        } finally {
            session.unlock();
        }
        session.lock();
        try {
            for (UI ui : session.getUIs()) {
                // Flow keeps the last response of each UI, to answer a repeated request again
                String last = ui.getInternals().getLastRequestResponse();
                System.out.printf("Last response kept by the UI: %,d characters%n", last == null ? 0 : last.length());
                if (Boolean.getBoolean("dumpResponse") && last != null) {
                    try {
                        java.nio.file.Files.writeString(java.nio.file.Path.of("target/last-response.json"), last);
                    } catch (java.io.IOException e) {
                        throw new java.io.UncheckedIOException(e);
                    }
                }
            }
        } finally {
            session.unlock();
        }
        System.out.println("State nodes of one session's UI by component (or tag): "
                + counts.entrySet().stream()
                        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
                        .map(e -> e.getKey() + " " + e.getValue())
                        .toList());
    }

    /** The component that owns a node's element (its class), or the element's tag. */
    private static String owner(com.vaadin.flow.internal.StateNode node) {
        var element = com.vaadin.flow.dom.Element.get(node);
        return element.getComponent()
                .map(component -> component.getClass().getSimpleName())
                .filter(simple -> !simple.isEmpty())
                .orElse("<" + element.getTag() + ">");
    }

    private static void trackSessions(ServiceInitEvent event) {
        event.getSource().addSessionInitListener(init -> sessions.add(new WeakReference<>(init.getSession())));
    }

    /** The heap's live objects after a full GC, as the class histogram counts them (bytes). */
    private static long liveHeap() throws Exception {
        return histogram().values().stream().mapToLong(Long::longValue).sum();
    }

    /** jcmd's GC.class_histogram of this JVM (a full GC first): bytes by class. */
    private static Map<String, Long> histogram() throws Exception {
        String text = (String) ManagementFactory.getPlatformMBeanServer()
                .invoke(
                        new ObjectName("com.sun.management:type=DiagnosticCommand"),
                        "gcClassHistogram",
                        new Object[] {new String[0]},
                        new String[] {String[].class.getName()});
        Map<String, Long> bytes = new HashMap<>();
        for (String line : text.lines().toList()) {
            String[] parts = line.trim().split("\\s+");
            if (parts.length >= 4 && parts[0].endsWith(":")) {
                bytes.merge(parts[3], Long.parseLong(parts[2]), Long::sum);
            }
        }
        return bytes;
    }

    private static double loadAverage() {
        return ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
    }

    private static double quantile(double[] sorted, double q) {
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(q * sorted.length) - 1)];
    }
}
