package no.oslo.samarbeidsplakaten.versioning.domain;

import java.sql.Connection;
import java.sql.SQLException;
import org.h2.api.Trigger;

/** The database's own guard: an agreed version is never updated nor deleted, whatever path tries. */
public class ImmutableVersionTrigger implements Trigger {

    @Override
    public void fire(Connection connection, Object[] oldRow, Object[] newRow) throws SQLException {
        throw new SQLException("An agreed version of a poster cannot be changed or deleted", "23000");
    }
}
