package no.oslo.samarbeidsplakaten.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Path;
import no.oslo.samarbeidsplakaten.Application;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/** The server restarts in the middle of a workshop: every committed edit is there when people reload. */
class ServerRestartJourneyTest {

    @TempDir
    Path data;

    @Test
    void aRestartLosesNoCommittedEdit() throws IOException {
        int port;
        try (var socket = new ServerSocket(0)) {
            port = socket.getLocalPort();
        }
        String[] args = {"--server.port=" + port, "--samarbeidsplakaten.db.path=" + data.resolve("db")};
        long posterId;
        ConfigurableApplicationContext app = new SpringApplicationBuilder(Application.class).run(args);
        try (var browser = new Browser(port)) {
            try {
                var testData = app.getBean(TestData.class);
                var lifecycle = app.getBean(PosterLifecycle.class);
                testData.member("kari", "Kari Nordmann", "Kommunaldirektør", "MOS");
                long[] id = new long[1];
                testData.asAdmin(() -> id[0] = lifecycle.create(testData.organisationId("MOS"),
                        testData.organisationId("BYM")));
                posterId = id[0];
                browser.logIn("kari", TestData.PASSWORD);
                browser.open("/plakat/" + posterId);
                browser.replaceText("styringssignaler", "Lagret før omstarten – æøå");
                browser.waitUntilSaved();
            } finally {
                app.close();
            }

            app = new SpringApplicationBuilder(Application.class).run(args);
            browser.driver().navigate().refresh();
            browser.logIn("kari", TestData.PASSWORD);
            browser.open("/plakat/" + posterId);
            assertThat(browser.textAreaValue("styringssignaler")).isEqualTo("Lagret før omstarten – æøå");
        } finally {
            app.close();
        }
    }
}
