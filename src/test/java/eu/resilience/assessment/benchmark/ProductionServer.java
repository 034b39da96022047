package eu.resilience.assessment.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * The production jar started as a server process of its own for a benchmark, on a free port, ready for traffic (its
 * start-up runners, the demo data, done); on close it is stopped and its working folder deleted.
 */
final class ProductionServer implements AutoCloseable {

    final URI base;
    final Process process;
    private final Path folder;

    private ProductionServer(URI base, Process process, Path folder) {
        this.base = base;
        this.process = process;
        this.folder = folder;
    }

    /**
     * Starts the jar with the JVM options and the application's arguments (besides its port, readiness probe and
     * quiet log), its output to the log; the folder (its database, its access log) goes with it on close.
     */
    static ProductionServer start(Path jar, List<String> jvmOptions, List<String> arguments, Path log, Path folder)
            throws Exception {
        int port = freePort();
        List<String> command = new ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(jvmOptions);
        command.addAll(List.of(
                "-jar",
                jar.toString(),
                "--server.port=" + port,
                "--management.endpoint.health.probes.enabled=true",
                "--logging.level.root=warn"));
        command.addAll(arguments);
        Files.createDirectories(log.toAbsolutePath().getParent());
        Process process = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(log.toFile())
                .start();
        ProductionServer server = new ProductionServer(URI.create("http://localhost:" + port + "/"), process, folder);
        try {
            server.awaitReady(log);
        } catch (Exception | Error e) {
            server.close();
            throw e;
        }
        return server;
    }

    /** The production jar in target/ (built by {@code ./mvnw -Pproduction package -DskipTests}). */
    static String findJar() throws IOException {
        try (Stream<Path> files = Files.list(Path.of("target"))) {
            return files.filter(p -> p.getFileName().toString().matches("resilience-assessment-.*\\.jar"))
                    .findFirst()
                    .map(Path::toString)
                    .orElseThrow(() -> new IllegalStateException(
                            "no production jar in target/: build it with ./mvnw -Pproduction package -DskipTests"));
        }
    }

    int port() {
        return base.getPort();
    }

    private void awaitReady(Path log) throws Exception {
        HttpClient client = HttpClient.newHttpClient();
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(600);
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new IllegalStateException("the server stopped; see " + log);
            }
            try {
                HttpResponse<Void> ready = client.send(
                        HttpRequest.newBuilder(base.resolve("actuator/health/readiness"))
                                .build(),
                        HttpResponse.BodyHandlers.discarding());
                if (ready.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // not listening yet
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException("the server was not ready after 600 s; see " + log);
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    @Override
    public void close() throws Exception {
        process.destroy();
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        try (Stream<Path> files = Files.walk(folder)) {
            files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
        }
    }
}
