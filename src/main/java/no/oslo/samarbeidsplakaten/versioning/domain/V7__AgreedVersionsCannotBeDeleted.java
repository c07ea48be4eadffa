package no.oslo.samarbeidsplakaten.versioning.domain;

import java.util.ArrayList;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;

/**
 * Agreed versions can no longer disappear: neither deleting a version nor deleting its poster (which cascaded) goes
 * through. The poster reference becomes RESTRICT, which is plain SQL; the direct delete is blocked by the same guard
 * that already blocks updates. A Java migration only because the database named the old foreign key itself.
 */
@Component
class V7__AgreedVersionsCannotBeDeleted extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var connection = context.getConnection();
        var foreignKeys = new ArrayList<String>();
        try (var query = connection.prepareStatement("""
                select tc.constraint_name from information_schema.table_constraints tc
                where lower(tc.table_name) = 'poster_version' and tc.constraint_type = 'FOREIGN KEY'""");
                var result = query.executeQuery()) {
            while (result.next()) {
                foreignKeys.add(result.getString(1));
            }
        }
        try (var statement = connection.createStatement()) {
            for (String name : foreignKeys) {
                statement.execute("alter table poster_version drop constraint \"" + name + "\"");
            }
            statement.execute("""
                    alter table poster_version add constraint fk_version_poster foreign key (poster_id)
                        references poster (id) on delete restrict""");
        }
        AgreedVersionGuard.refuse(connection, "delete", "poster_version", "poster_version_undeletable");
    }
}
