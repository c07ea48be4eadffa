package no.oslo.samarbeidsplakaten.versioning.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.support.ThrowAwayPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * Versions agreed before approvers and participants had rows of their own keep them: the text lines are read back
 * into name, role title and side, also when names and titles hold brackets and commas of their own, on H2 and (in
 * the test command's PostgreSQL run) on PostgreSQL.
 */
@SpringBootTest
@ActiveProfiles("test")
class VersionPeopleMigrationTest {

    @Autowired
    List<JavaMigration> javaMigrations;

    @Test
    void theOldTextLinesBecomeRecordsAndStayImmutable() {
        boolean postgres = ThrowAwayPostgres.isTheTestDatabase();
        var dataSource = postgres
                ? new DriverManagerDataSource(ThrowAwayPostgres.create(), ThrowAwayPostgres.USER,
                        ThrowAwayPostgres.PASSWORD)
                : new DriverManagerDataSource("jdbc:h2:mem:version-people;DB_CLOSE_DELAY=-1", "sa", "");
        try {
            migrateOldVersion(dataSource, postgres ? "postgresql" : "h2");
        } finally {
            if (postgres) {
                ThrowAwayPostgres.drop(dataSource.getUrl());
            } else {
                new JdbcTemplate(dataSource).execute("drop all objects");
            }
        }
    }

    private void migrateOldVersion(DriverManagerDataSource dataSource, String vendor) {
        var jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource, vendor, "7").migrate();
        long department = jdbc.queryForObject("select id from organisation where code = 'MOS'", Long.class);
        long agency = jdbc.queryForObject("select id from organisation where code = 'BYM'", Long.class);
        jdbc.update("""
                insert into poster (department_id, agency_id, template_version_id, status, created_at, created_by,
                    last_changed_at, last_changed_by, agreed_version, version)
                values (?, ?, (select min(id) from template_version), 'AGREED', current_timestamp, 'test',
                    current_timestamp, 'test', 1, 0)""", department, agency);
        long poster = jdbc.queryForObject("select max(id) from poster", Long.class);
        jdbc.update("""
                insert into poster_version (poster_id, number, locked_at, locked_by, change_summary, template_key,
                    template_version, next_review, approvers, participants, content, content_hash)
                values (?, 1, current_timestamp, 'test', '', 'oslo-standard', 1, current_date, ?, ?, '{}', 'x')""",
                poster,
                "Kari Nordmann (Kommunaldirektør, DEPARTMENT)\nOla (fung.) Hansen (Direktør (fung.), kultur, AGENCY)",
                "Kommunaldirektør (DEPARTMENT)\nEtatssjef, plan (AGENCY)\nskrevet for hånd");

        flyway(dataSource, vendor, "latest").migrate();

        assertThat(jdbc.query("select name, role_title, side from version_approver order by list_index",
                (row, i) -> new VersionApprover(row.getString(1), row.getString(2), side(row.getString(3)))))
                .containsExactly(new VersionApprover("Kari Nordmann", "Kommunaldirektør", Side.DEPARTMENT),
                        new VersionApprover("Ola (fung.) Hansen", "Direktør (fung.), kultur", Side.AGENCY));
        assertThat(jdbc.query("select role_title, side from version_participant order by list_index",
                (row, i) -> new VersionParticipant(row.getString(1), side(row.getString(2)))))
                .containsExactly(new VersionParticipant("Kommunaldirektør", Side.DEPARTMENT),
                        new VersionParticipant("Etatssjef, plan", Side.AGENCY),
                        new VersionParticipant("skrevet for hånd", null));
        assertThat(jdbc.queryForList("select column_name from information_schema.columns "
                + "where lower(table_name) = 'poster_version' and lower(column_name) in ('approvers', 'participants')"))
                .isEmpty();
        assertThatThrownBy(() -> jdbc.update("update version_approver set name = 'Noen andre'"))
                .isInstanceOf(DataAccessException.class);
        assertThatThrownBy(() -> jdbc.update("delete from version_participant"))
                .isInstanceOf(DataAccessException.class);
    }

    private static @Nullable Side side(@Nullable String name) {
        return name == null ? null : Side.valueOf(name);
    }

    @Test
    void aLineThatIsNotInTheOldShapeIsKeptWhole() {
        assertThat(V8__VersionPeopleAsRecords.approver("Kari Nordmann"))
                .isEqualTo(new VersionApprover("Kari Nordmann", "", null));
        assertThat(V8__VersionPeopleAsRecords.approver("Kari Nordmann (Kommunaldirektør)"))
                .isEqualTo(new VersionApprover("Kari Nordmann", "Kommunaldirektør", null));
        assertThat(V8__VersionPeopleAsRecords.approver("Per (Etatssjef, AGENCY)"))
                .isEqualTo(new VersionApprover("Per", "Etatssjef", Side.AGENCY));
    }

    private Flyway flyway(DriverManagerDataSource dataSource, String vendor, String target) {
        return Flyway.configure().dataSource(dataSource).target(target)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new)).load();
    }
}
