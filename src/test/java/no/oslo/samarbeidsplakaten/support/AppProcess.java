package no.oslo.samarbeidsplakaten.support;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import no.oslo.samarbeidsplakaten.Application;

/**
 * The app in a JVM of its own, on its default settings and a file database, so a test can kill it as an operator's
 * {@code kill -9} would: no shutdown hook, no flush, nothing. Started from the test's classes, or from a built jar.
 */
public final class AppProcess implements AutoCloseable {

    private final List<String> launch;
    private final int port;
    private final Path database;
    private final Path log;
    private Process process;

    /** The app from the classes under test. */
    public AppProcess(Path database, Path log) throws IOException {
        this(List.of("-cp", System.getProperty("java.class.path"), Application.class.getName()), database, log);
    }

    /** The app from a deployable jar, as an operator starts it, with the given options for the JVM. */
    public static AppProcess ofJar(Path jar, Path database, Path log, String... jvmOptions) throws IOException {
        var launch = new ArrayList<>(List.of(jvmOptions));
        launch.addAll(List.of("-jar", jar.toString()));
        return new AppProcess(launch, database, log);
    }

    private AppProcess(List<String> launch, Path database, Path log) throws IOException {
        this.launch = launch;
        try (var socket = new ServerSocket(0)) {
            this.port = socket.getLocalPort();
        }
        this.database = database;
        this.log = log;
    }

    public int port() {
        return port;
    }

    /**
     * Starts the app and waits until it answers.
     *
     * @param settings more command-line settings, e.g. {@code --spring.profiles.active=…}; a context path given here
     *     is where the health check is asked
     * @return how long it took from the start of the JVM until the app answered
     */
    public Duration start(String... settings) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), "-Xmx512m"));
        command.addAll(launch);
        command.addAll(List.of(
                "--server.port=" + port,
                "--samarbeidsplakaten.db.path=" + database,
                "--samarbeidsplakaten.export.warm-up=false",
                "--vaadin.devmode.devTools.enabled=false"));
        command.addAll(List.of(settings));
        String contextPath = List.of(settings).stream().filter(s -> s.startsWith("--server.servlet.context-path="))
                .map(s -> s.substring(s.indexOf('=') + 1)).findFirst().orElse("");
        long started = System.nanoTime();
        process = new ProcessBuilder(command).redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile())).start();
        ServerStart.awaitAnswer(process, URI.create("http://localhost:" + port + contextPath + "/actuator/health"),
                "The app", log);
        return Duration.ofNanos(System.nanoTime() - started);
    }

    /** How the app's process ended; it must have ended. */
    public int exitValue() {
        return process.exitValue();
    }

    /** SIGTERM, as a platform stops a node: the app shuts down gracefully. */
    public void stop() throws InterruptedException {
        process.destroy();
        process.waitFor();
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
