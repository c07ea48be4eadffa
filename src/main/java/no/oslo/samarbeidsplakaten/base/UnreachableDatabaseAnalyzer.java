package no.oslo.samarbeidsplakaten.base;

import java.net.ConnectException;
import java.net.UnknownHostException;
import java.sql.SQLException;
import org.jspecify.annotations.Nullable;
import org.springframework.boot.diagnostics.FailureAnalysis;
import org.springframework.boot.diagnostics.FailureAnalyzer;

/**
 * A database that cannot be reached at start (a wrong address, a server that is down) is told to the operator in
 * plain words with what to check, instead of a stack trace; the app then exits with a non-zero status.
 */
class UnreachableDatabaseAnalyzer implements FailureAnalyzer {

    /** H2's "connection is broken"; the standard SQL state class "08" covers PostgreSQL and other servers. */
    private static final String H2_CONNECTION_BROKEN = "90067";

    @Override
    public @Nullable FailureAnalysis analyze(Throwable failure) {
        // Only a failure that a database connection reported: an unreachable sign-in provider is not the database.
        SQLException database = null;
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof SQLException sql && database == null) {
                database = sql;
            }
            boolean connectionLost = cause instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().equals(H2_CONNECTION_BROKEN));
            boolean networkBelowDatabase = database != null
                    && (cause instanceof ConnectException || cause instanceof UnknownHostException);
            if (connectionLost || networkBelowDatabase) {
                return new FailureAnalysis("The database could not be reached: " + firstLine(cause.getMessage()),
                        "Check SPRING_DATASOURCE_URL (or SAMARBEIDSPLAKATEN_DB_PATH for the embedded H2 file), "
                                + "SPRING_DATASOURCE_USERNAME and SPRING_DATASOURCE_PASSWORD, and that the database "
                                + "server is running and reachable from here.", failure);
            }
        }
        return null;
    }

    private static String firstLine(@Nullable String message) {
        return message == null ? "" : message.lines().findFirst().orElse("");
    }
}
