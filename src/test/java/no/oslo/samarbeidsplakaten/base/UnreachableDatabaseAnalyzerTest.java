package no.oslo.samarbeidsplakaten.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Only a connection the database reported is blamed on the database. */
class UnreachableDatabaseAnalyzerTest {

    private final UnreachableDatabaseAnalyzer analyzer = new UnreachableDatabaseAnalyzer();

    @Test
    void aRefusedDatabaseConnectionIsExplained() {
        var failure = new IllegalStateException("Flyway failed",
                new SQLException("Connection to 127.0.0.1:5432 refused.\nCheck that the hostname…", "08001"));
        var analysis = analyzer.analyze(failure);
        assertThat(analysis).isNotNull();
        assertThat(analysis.getDescription())
                .isEqualTo("The database could not be reached: Connection to 127.0.0.1:5432 refused.");
        assertThat(analysis.getAction()).startsWith("Check SPRING_DATASOURCE_URL");
    }

    @Test
    void anUnreachableSignInProviderIsNotBlamedOnTheDatabase() {
        var failure = new IllegalStateException("issuer-uri", new ConnectException("Connection refused"));
        assertThat(analyzer.analyze(failure)).isNull();
    }

    @Test
    void aBrokenMigrationIsNotAnUnreachableDatabase() {
        var failure = new IllegalStateException("migration", new SQLException("Syntax error", "42000"));
        assertThat(analyzer.analyze(failure)).isNull();
    }
}
