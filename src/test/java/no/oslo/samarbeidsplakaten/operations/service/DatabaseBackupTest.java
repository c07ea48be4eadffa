package no.oslo.samarbeidsplakaten.operations.service;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.zip.ZipInputStream;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.support.ThrowAwayPostgres;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/**
 * A backup made while the app runs holds every saved edit and comes back as the README says: on H2 the nightly zip,
 * unzipped into an empty data directory; on PostgreSQL (the test command's PostgreSQL run) {@code pg_dump} and
 * {@code pg_restore}. Agreed versions stay guarded in the restored database.
 */
@SpringBootTest(properties = {
        "spring.datasource.url=jdbc:h2:file:./target/backup-test/${random.uuid}/samarbeidsplakaten",
        "samarbeidsplakaten.backup.directory=./target/backup-test/${random.uuid}/backup",
        "samarbeidsplakaten.backup.keep=2"})
@ActiveProfiles("test")
class DatabaseBackupTest {

    @Autowired
    DatabaseBackup backup;

    @Autowired
    DataSourceProperties database;

    @Autowired
    TestData testData;

    @Autowired
    PosterQueries posters;

    @Autowired
    CellEditing cellEditing;

    @Autowired
    VersioningService versioning;

    @TempDir
    Path restored;

    @Test
    void aBackupTakenWhileTheAppRunsRestoresEverySavedEdit() throws Exception {
        long posterId = testData.freshMosBymPoster();
        save(posterId, "Før sikkerhetskopien");
        testData.as("kari", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.approve(posterId));
        testData.as("kari", () -> versioning.lock(posterId, "Første versjon", LocalDate.now().plusYears(1)));
        boolean h2 = database.determineUrl().startsWith("jdbc:h2:file:");
        String restoredUrl;
        if (h2) {
            Path first = backup.backUp().orElseThrow();
            save(posterId, "Lagret etter første kopi – æøå");
            Thread.sleep(5);
            backup.backUp();
            Thread.sleep(5);
            Path newest = backup.backUp().orElseThrow();
            assertThat(backup.backups()).as("only the newest two are kept").hasSize(2).startsWith(newest)
                    .doesNotContain(first);
            unzip(newest, restored);
            restoredUrl = "jdbc:h2:file:" + restored.resolve("samarbeidsplakaten") + ";IFEXISTS=TRUE";
        } else {
            assertThat(backup.backUp()).as("PostgreSQL is backed up with pg_dump").isEmpty();
            save(posterId, "Lagret etter første kopi – æøå");
            restoredUrl = ThrowAwayPostgres.create();
            Path dump = restored.resolve("samarbeidsplakaten.dump");
            run("pg_dump", "-Fc", "-h", "localhost", "-U", ThrowAwayPostgres.USER, "-f", dump.toString(),
                    database.determineUrl().substring(database.determineUrl().lastIndexOf('/') + 1));
            run("pg_restore", "--no-owner", "-h", "localhost", "-U", ThrowAwayPostgres.USER, "-d",
                    restoredUrl.substring(restoredUrl.lastIndexOf('/') + 1), dump.toString());
        }
        try (var connection = DriverManager.getConnection(restoredUrl, h2 ? "sa" : ThrowAwayPostgres.USER,
                h2 ? "" : ThrowAwayPostgres.PASSWORD)) {
            try (var query = connection.prepareStatement(
                    "select cell_value from poster_cell where poster_id = ? and field_key = ?")) {
                query.setLong(1, posterId);
                query.setString(2, SectionField.SIGNALS.key());
                var result = query.executeQuery();
                assertThat(result.next()).isTrue();
                assertThat(result.getString(1)).isEqualTo("Lagret etter første kopi – æøå");
            }
            assertThatThrownBy(() -> connection.createStatement().execute("delete from poster_version"))
                    .as("the guard on agreed versions came back with the schema").isInstanceOf(SQLException.class)
                    .hasMessageContaining("An agreed version of a poster cannot be changed or deleted");
        } finally {
            if (!h2) {
                ThrowAwayPostgres.drop(restoredUrl);
            }
        }
    }

    private void save(long posterId, String text) {
        testData.as("kari", () -> {
            var signals = posters.load(posterId).section(SectionField.SIGNALS);
            cellEditing.updateCell(posterId, signals.id(), signals.revision(), text);
        });
    }

    private static void unzip(Path zip, Path into) throws IOException {
        try (InputStream in = Files.newInputStream(zip); var entries = new ZipInputStream(in)) {
            for (var entry = entries.getNextEntry(); entry != null; entry = entries.getNextEntry()) {
                Files.copy(entries, into.resolve(entry.getName()));
            }
        }
    }

    private static void run(String... command) throws IOException, InterruptedException {
        var process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).inheritIO();
        process.environment().put("PGPASSWORD", ThrowAwayPostgres.PASSWORD);
        assertThat(process.start().waitFor()).as(String.join(" ", command)).isZero();
    }
}
