package no.oslo.samarbeidsplakaten.versioning.domain;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;

/**
 * Versions agreed before approvers and participants had rows of their own keep them: the text lines are read back
 * into name, role title and side, also when names and titles hold brackets and commas of their own.
 */
@SpringBootTest
@ActiveProfiles("test")
class VersionPeopleMigrationTest {

    @Autowired
    List<JavaMigration> javaMigrations;

    @Test
    void theOldTextLinesBecomeRecordsAndStayImmutable() {
        var dataSource = new DriverManagerDataSource("jdbc:h2:mem:version-people;DB_CLOSE_DELAY=-1", "sa", "");
        var jdbc = new JdbcTemplate(dataSource);
        flyway(dataSource, "7").migrate();
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

        flyway(dataSource, "latest").migrate();

        assertThat(jdbc.queryForList("""
                select name, role_title, side from version_approver order by list_index""")).containsExactly(
                Map.of("NAME", "Kari Nordmann", "ROLE_TITLE", "Kommunaldirektør", "SIDE", "DEPARTMENT"),
                Map.of("NAME", "Ola (fung.) Hansen", "ROLE_TITLE", "Direktør (fung.), kultur", "SIDE", "AGENCY"));
        var participants = jdbc.queryForList("select role_title, side from version_participant order by list_index");
        assertThat(participants).hasSize(3);
        assertThat(participants.get(0)).containsEntry("ROLE_TITLE", "Kommunaldirektør").containsEntry("SIDE",
                "DEPARTMENT");
        assertThat(participants.get(1)).containsEntry("ROLE_TITLE", "Etatssjef, plan").containsEntry("SIDE",
                "AGENCY");
        assertThat(participants.get(2)).containsEntry("ROLE_TITLE", "skrevet for hånd").containsEntry("SIDE", null);
        assertThat(jdbc.queryForList("select column_name from information_schema.columns "
                + "where lower(table_name) = 'poster_version' and lower(column_name) in ('approvers', 'participants')"))
                .isEmpty();
        jdbc.execute("drop all objects");
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

    private Flyway flyway(DriverManagerDataSource dataSource, String target) {
        return Flyway.configure().dataSource(dataSource).target(target)
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new)).load();
    }
}
