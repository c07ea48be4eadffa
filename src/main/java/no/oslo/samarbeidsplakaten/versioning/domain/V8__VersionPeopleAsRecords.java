package no.oslo.samarbeidsplakaten.versioning.domain;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * A version's approvers and participants become rows of their own (name, role title, side) instead of text lines
 * ("Kari Nordmann (Kommunaldirektør, DEPARTMENT)", "Etatsdirektør (AGENCY)") that every reader had to parse. A Java
 * migration because reading the old lines back needs code; the guard triggers are those of V5 and V7.
 */
@Component
class V8__VersionPeopleAsRecords extends BaseJavaMigration {

    private record Row(long versionId, List<VersionApprover> approvers, List<VersionParticipant> participants) {
    }

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        try (var statement = connection.createStatement()) {
            statement.execute("""
                    create table version_approver (
                        version_id bigint       not null references poster_version (id),
                        list_index int          not null,
                        name       varchar(200) not null,
                        role_title varchar(200) not null,
                        side       varchar(20),
                        primary key (version_id, list_index))""");
            statement.execute("""
                    create table version_participant (
                        version_id bigint       not null references poster_version (id),
                        list_index int          not null,
                        role_title varchar(200) not null,
                        side       varchar(20),
                        primary key (version_id, list_index))""");
        }
        for (Row row : readOldLines(connection)) {
            insert(connection, row);
        }
        try (var statement = connection.createStatement()) {
            statement.execute("alter table poster_version drop column approvers");
            statement.execute("alter table poster_version drop column participants");
        }
        for (String table : List.of("version_approver", "version_participant")) {
            for (String action : List.of("update", "delete")) {
                AgreedVersionGuard.refuse(connection, action, table, table + "_no_" + action);
            }
        }
    }

    private static List<Row> readOldLines(Connection connection) throws SQLException {
        var rows = new ArrayList<Row>();
        try (var query = connection.prepareStatement("select id, approvers, participants from poster_version");
                var result = query.executeQuery()) {
            while (result.next()) {
                rows.add(new Row(result.getLong(1),
                        lines(result.getString(2)).stream().map(V8__VersionPeopleAsRecords::approver).toList(),
                        lines(result.getString(3)).stream().map(V8__VersionPeopleAsRecords::participant).toList()));
            }
        }
        return rows;
    }

    private static void insert(Connection connection, Row row) throws SQLException {
        try (var approvers = connection.prepareStatement(
                "insert into version_approver (version_id, list_index, name, role_title, side) values (?, ?, ?, ?, ?)");
                var participants = connection.prepareStatement(
                        "insert into version_participant (version_id, list_index, role_title, side) values (?, ?, ?, ?)")) {
            for (int i = 0; i < row.approvers().size(); i++) {
                var approver = row.approvers().get(i);
                approvers.setLong(1, row.versionId());
                approvers.setInt(2, i);
                approvers.setString(3, approver.name());
                approvers.setString(4, approver.roleTitle());
                approvers.setString(5, approver.side() == null ? null : approver.side().name());
                approvers.executeUpdate();
            }
            for (int i = 0; i < row.participants().size(); i++) {
                var participant = row.participants().get(i);
                participants.setLong(1, row.versionId());
                participants.setInt(2, i);
                participants.setString(3, participant.roleTitle());
                participants.setString(4, participant.side() == null ? null : participant.side().name());
                participants.executeUpdate();
            }
        }
    }

    private static List<String> lines(@Nullable String text) {
        return text == null ? List.of() : text.lines().filter(line -> !line.isBlank()).toList();
    }

    /** "Name (role title, SIDE)"; names and titles may hold brackets of their own, so the last group is matched. */
    static VersionApprover approver(String line) {
        int open = openingOfLastGroup(line);
        if (open < 0) {
            return new VersionApprover(line, "", null);
        }
        String inside = line.substring(open + 1, line.length() - 1);
        int comma = inside.lastIndexOf(", ");
        Side side = comma < 0 ? null : side(inside.substring(comma + 2));
        if (side == null) {
            return new VersionApprover(line.substring(0, open).strip(), inside, null);
        }
        return new VersionApprover(line.substring(0, open).strip(), inside.substring(0, comma), side);
    }

    /** "Role title (SIDE)". */
    static VersionParticipant participant(String line) {
        int open = openingOfLastGroup(line);
        Side side = open < 0 ? null : side(line.substring(open + 1, line.length() - 1));
        return side == null ? new VersionParticipant(line, null)
                : new VersionParticipant(line.substring(0, open).strip(), side);
    }

    /** Where the bracket group that ends the line opens, or -1 when the line does not end in one. */
    private static int openingOfLastGroup(String line) {
        if (!line.endsWith(")")) {
            return -1;
        }
        int depth = 0;
        for (int i = line.length() - 1; i >= 0; i--) {
            char c = line.charAt(i);
            if (c == ')') {
                depth++;
            } else if (c == '(' && --depth == 0) {
                return i;
            }
        }
        return -1;
    }

    private static @Nullable Side side(String name) {
        for (Side side : Side.values()) {
            if (side.name().equals(name)) {
                return side;
            }
        }
        return null;
    }
}
