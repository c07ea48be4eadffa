package no.oslo.samarbeidsplakaten.deployment;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import no.oslo.samarbeidsplakaten.support.AppProcess;
import no.oslo.samarbeidsplakaten.support.ProductionBuild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The deployable jar is built as the README says ({@code ./mvnw -Pproduction package}) from a copy of the sources, and
 * started as an operator would start it: a broken production build fails the suite, not the first deployment.
 */
class ProductionJarTest {

    private static final String CONTEXT_PATH = "/samarbeidsplakaten";

    @TempDir
    Path work;

    @Test
    void theProductionJarBuildsStartsAndAnswers() throws Exception {
        Path jar = ProductionBuild.jar(work);
        try (var app = AppProcess.ofJar(jar, work.resolve("data"), work.resolve("app.log"))) {
            // Behind a proxy that serves it under a path of its own, as the README describes
            var ready = app.start("--spring.profiles.active=json-logs",
                    "--server.servlet.context-path=" + CONTEXT_PATH);
            System.out.printf("ProductionJarTest: the production jar answered after %.1f s%n",
                    ready.toMillis() / 1000.0);
            var client = HttpClient.newHttpClient();
            var login = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                    + CONTEXT_PATH + "/login")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(login.statusCode()).isEqualTo(200);
            var health = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                    + CONTEXT_PATH + "/actuator/health")).build(), HttpResponse.BodyHandlers.ofString());
            assertThat(health.body()).contains("\"status\":\"UP\"");
            for (String probe : List.of("liveness", "readiness")) {
                var answer = client.send(HttpRequest.newBuilder(URI.create("http://localhost:" + app.port()
                        + CONTEXT_PATH + "/actuator/health/" + probe)).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            }
            // Production mode: the page loads the prebuilt bundle, there is no dev server behind it.
            String log = Files.readString(work.resolve("app.log"));
            assertThat(log).doesNotContain("vaadin-dev-server").doesNotContain("DEVELOPMENT mode");
            // The json-logs profile: the app's log lines are JSON objects a collector can read.
            assertThat(log.lines().filter(line -> line.contains("Started Application"))).singleElement()
                    .satisfies(line -> assertThat(line).startsWith("{")
                            .contains("\"level\":\"INFO\"", "\"message\":\"Started Application"));
        }
    }
}
