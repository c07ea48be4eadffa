package no.oslo.samarbeidsplakaten.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.oslo.samarbeidsplakaten.Application;

/**
 * The app in a JVM of its own, on its default settings and a file database, so a test can kill it as an operator's
 * {@code kill -9} would: no shutdown hook, no flush, nothing.
 */
public final class AppProcess implements AutoCloseable {

    private final int port;
    private final Path database;
    private final Path log;
    private Process process;

    public AppProcess(Path database, Path log) throws IOException {
        try (var socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        this.database = database;
        this.log = log;
    }

    public int port() {
        return port;
    }

    /** Starts the app and waits until it answers. */
    public void start() throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"),
                "-Xmx512m",
                Application.class.getName(),
                "--server.port=" + port,
                "--samarbeidsplakaten.db.path=" + database,
                "--samarbeidsplakaten.export.warm-up=false",
                "--vaadin.devmode.devTools.enabled=false"));
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        var client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException("The app stopped while starting; see " + log);
            }
            try {
                var response = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
                        + "/actuator/health")).build(), HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException("The app did not start within 3 minutes; see " + log);
    }

    /** SIGKILL: the process ends at once, wherever it is. */
    public void kill() throws InterruptedException {
        process.destroyForcibly();
        process.waitFor();
    }

    @Override
    public void close() throws InterruptedException {
        if (process != null && process.isAlive()) {
            kill();
        }
    }
}
