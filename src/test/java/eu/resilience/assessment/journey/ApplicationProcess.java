package eu.resilience.assessment.journey;

import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/**
 * The application started as a JVM process of its own (the test's classpath, no test profile), so that it can be
 * killed like a crashed server. Its output goes to {@code target/processes/<name>.log}.
 */
final class ApplicationProcess implements AutoCloseable {

    /** The JUnit resource lock of the test classes that start application processes. */
    static final String LOCK = "application-processes";

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    final int port;
    private final Process process;
    private final Path log;

    private ApplicationProcess(int port, Process process, Path log) {
        this.port = port;
        this.process = process;
        this.log = log;
    }

    /** Starts the application on the port with the arguments, and waits until it is ready for traffic. */
    static ApplicationProcess start(String name, int port, List<String> arguments) {
        try {
            Path log = Path.of("target", "processes", name + ".log");
            Files.createDirectories(log.getParent());
            List<String> command = new ArrayList<>(List.of(
                    Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                    "-Xmx768m",
                    "-XX:TieredStopAtLevel=1",
                    "-XX:+UseSerialGC",
                    "-cp",
                    applicationClassPath(),
                    "eu.resilience.assessment.Application",
                    "--server.port=" + port,
                    "--logging.level.root=warn",
                    // ready once the start-up runners (demo data) are done, not only listening
                    "--management.endpoint.health.probes.enabled=true",
                    "--logging.level.eu.resilience=info"));
            command.addAll(arguments);
            Process process = new ProcessBuilder(command)
                    .redirectErrorStream(true)
                    .redirectOutput(log.toFile())
                    .start();
            ApplicationProcess application = new ApplicationProcess(port, process, log);
            application.awaitHealthy();
            return application;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * The test JVM's class path without the compiled tests: the application as deployed has none, and it would scan
     * them for components and routes at every start.
     */
    private static String applicationClassPath() {
        return Arrays.stream(System.getProperty("java.class.path").split(File.pathSeparator))
                .filter(entry -> !Path.of(entry).endsWith(Path.of("target", "test-classes")))
                .collect(Collectors.joining(File.pathSeparator));
    }

    static int freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void awaitHealthy() {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(300);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        "the application stopped with exit code " + process.exitValue() + ":\n" + output());
            }
            try {
                HttpResponse<Void> health = HTTP.send(
                        HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/actuator/health/readiness"))
                                .timeout(Duration.ofSeconds(5))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (health.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
            sleep(100);
        }
        throw new IllegalStateException("the application did not become healthy:\n" + output());
    }

    /** Kills the process with SIGKILL, as a crash would: no shutdown hook, nothing flushed; returns its exit code. */
    int kill() throws InterruptedException {
        process.destroyForcibly();
        return process.waitFor();
    }

    /** Stops the process as an operator would (SIGTERM: Spring closes the database). */
    int stop() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return process.waitFor();
    }

    String output() {
        try {
            return Files.readString(log);
        } catch (IOException e) {
            return "(no output: " + e.getMessage() + ")";
        }
    }

    @Override
    public void close() throws InterruptedException {
        if (process.isAlive()) {
            kill();
        }
    }

    private static void sleep(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
