package no.oslo.samarbeidsplakaten.deployment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import no.oslo.samarbeidsplakaten.support.AppProcess;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A database that cannot be reached at start: the operator reads what is wrong in plain words and the app exits. */
class UnreachableDatabaseTest {

    @TempDir
    Path work;

    @Test
    void theAppSaysWhatToCheckAndExitsWithoutAStackTrace() throws Exception {
        Path log = work.resolve("app.log");
        try (var app = new AppProcess(work.resolve("data"), log)) {
            assertThatThrownBy(() -> app.start("--spring.datasource.url=jdbc:h2:tcp://127.0.0.1:1/nowhere"))
                    .hasMessageContaining("stopped while starting");
            assertThat(app.exitValue()).isNotZero();
        }
        String written = Files.readString(log);
        assertThat(written).contains("APPLICATION FAILED TO START",
                "The database could not be reached: Connection is broken: \"java.net.ConnectException: Connection "
                        + "refused: 127.0.0.1:1\"",
                "Check SPRING_DATASOURCE_URL");
        assertThat(written.lines().filter(line -> line.startsWith("\tat org.springframework.boot.SpringApplication")))
                .as("no stack trace of the failed start").isEmpty();
    }
}
