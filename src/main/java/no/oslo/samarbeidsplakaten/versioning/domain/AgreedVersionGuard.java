package no.oslo.samarbeidsplakaten.versioning.domain;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Creates the schema's guard that refuses an update or delete of an agreed version's rows, in the database's own
 * dialect: H2 calls {@link ImmutableVersionTrigger}; PostgreSQL calls the function that V5 created.
 */
final class AgreedVersionGuard {

    private AgreedVersionGuard() {
    }

    static void refuse(Connection connection, String action, String table, String triggerName) throws SQLException {
        String call = connection.getMetaData().getDatabaseProductName().equals("PostgreSQL")
                ? "execute function refuse_change_of_agreed_version()"
                : "call '" + ImmutableVersionTrigger.class.getName() + "'";
        try (var statement = connection.createStatement()) {
            statement.execute("create trigger " + triggerName + " before " + action + " on " + table
                    + " for each row " + call);
        }
    }
}
