package no.oslo.samarbeidsplakaten.support;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;

/** Waiting for a server started in a process of its own (the app, Etherpad) until it answers. */
public final class ServerStart {

    private ServerStart() {
    }

    /**
     * Asks {@code address} until it answers 200, for at most 3 minutes; fails at once if the process ends first.
     *
     * @param name what is starting, for the failure's message, e.g. "The app"
     * @param log where the process writes, for the failure's message
     */
    public static void awaitAnswer(Process process, URI address, String name, Path log)
            throws InterruptedException {
        // HTTP/1.1 outright: Node's server does not answer the HTTP/2 upgrade the client tries by default.
        var client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                .connectTimeout(Duration.ofSeconds(1)).build();
        long until = System.nanoTime() + Duration.ofMinutes(3).toNanos();
        while (System.nanoTime() < until) {
            if (!process.isAlive()) {
                throw new IllegalStateException(name + " stopped while starting; see " + log);
            }
            try {
                var response = client.send(HttpRequest.newBuilder(address).timeout(Duration.ofSeconds(5)).build(),
                        HttpResponse.BodyHandlers.discarding());
                if (response.statusCode() == 200) {
                    return;
                }
            } catch (IOException notYet) {
                // Still starting.
            }
            Thread.sleep(200);
        }
        throw new IllegalStateException(name + " did not start within 3 minutes; see " + log);
    }
}
