package no.oslo.samarbeidsplakaten.operations.service;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Copies the embedded H2 database, while the app runs, into a zip file under the backup directory (H2's online
 * {@code BACKUP TO}: a consistent copy, workshops go on) every night, and keeps the newest few. Restoring is
 * unzipping one into the data directory while the app is stopped. On PostgreSQL it does nothing.
 */
@Service
public class DatabaseBackup {

    private static final Logger LOG = LoggerFactory.getLogger(DatabaseBackup.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH-mm-ss-SSS");
    static final String PREFIX = "samarbeidsplakaten-";

    private final JdbcTemplate jdbc;
    private final DataSourceProperties database;
    private final Path directory;
    private final int keep;
    private final Clock clock;

    DatabaseBackup(JdbcTemplate jdbc, DataSourceProperties database, Clock clock,
            @Value("${samarbeidsplakaten.backup.directory}") Path directory,
            @Value("${samarbeidsplakaten.backup.keep}") int keep) {
        this.jdbc = jdbc;
        this.database = database;
        this.clock = clock;
        this.directory = directory.toAbsolutePath();
        this.keep = keep;
    }

    @Scheduled(cron = "${samarbeidsplakaten.backup.cron}")
    void nightly() {
        try {
            backUp().ifPresent(file -> LOG.info("Backed up the database to {}", file));
        } catch (RuntimeException | IOException e) {
            LOG.error("The nightly backup of the database failed; the data itself is untouched", e);
        }
    }

    /**
     * Backs the H2 file database up now and drops the oldest backups beyond the number to keep.
     *
     * @return the new backup, or empty when the database is not an H2 file (PostgreSQL, in memory)
     */
    public Optional<Path> backUp() throws IOException {
        if (!database.determineUrl().startsWith("jdbc:h2:file:")) {
            return Optional.empty();
        }
        Files.createDirectories(directory);
        Path file = directory.resolve(PREFIX + STAMP.format(clock.instant().atZone(ZoneId.systemDefault())) + ".zip");
        jdbc.execute("backup to '" + file.toString().replace("'", "''") + "'");
        for (Path old : backups().stream().skip(keep).toList()) {
            Files.deleteIfExists(old);
        }
        return Optional.of(file);
    }

    /** The backups in the directory, newest first. */
    public List<Path> backups() throws IOException {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(f -> f.getFileName().toString().startsWith(PREFIX)
                            && f.getFileName().toString().endsWith(".zip"))
                    .sorted(Comparator.comparing(Path::getFileName).reversed())
                    .toList();
        }
    }
}
