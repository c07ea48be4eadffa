package no.oslo.samarbeidsplakaten.template.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.oslo.samarbeidsplakaten.support.ThrowAwayPostgres;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.migration.JavaMigration;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.test.context.ActiveProfiles;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Databases from before a change of the template format, on H2 and on PostgreSQL. From before the kartlegging: the
 * published template version 1 gains the common rules as data and nothing else, every existing poster gains an empty
 * reason field per rule, and approvals of the content before them lapse. From before the template editor: version 1
 * gains the sections' titles and guidance, the role catalogue and the meeting types' definitions it always showed,
 * and nothing else. From before the annual wheel: version 1 gains the months it suggests and nothing else, every
 * meeting and every poster's steering documents gain empty months, and approvals lapse.
 */
@SpringBootTest
@ActiveProfiles("test")
class TemplateFormatMigrationsTest {

    @Autowired
    List<JavaMigration> javaMigrations;

    @Test
    void theTemplateGainsItsRulesAndEveryPosterAReasonFieldPerRule() {
        onAFreshDatabase("common-rules", this::migrateFromBefore);
    }

    @Test
    void theTemplateGainsTheTextsItAlwaysShowedAndNothingElse() {
        onAFreshDatabase("template-texts", this::migrateFromBeforeTheEditor);
    }

    @Test
    void meetingsAndDocumentsArePlacedInTheYearEmptyAndTheTemplateSuggestsMonths() {
        onAFreshDatabase("year-plan", this::migrateFromBeforeTheYearPlan);
    }

    private void onAFreshDatabase(String name,
            java.util.function.BiConsumer<DriverManagerDataSource, String> migration) {
        boolean postgres = ThrowAwayPostgres.isTheTestDatabase();
        var dataSource = postgres
                ? new DriverManagerDataSource(ThrowAwayPostgres.create(), ThrowAwayPostgres.USER,
                        ThrowAwayPostgres.PASSWORD)
                : new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1", "sa", "");
        try {
            migration.accept(dataSource, postgres ? "postgresql" : "h2");
        } finally {
            if (postgres) {
                ThrowAwayPostgres.drop(dataSource.getUrl());
            } else {
                new JdbcTemplate(dataSource).execute("drop all objects");
            }
        }
    }

    private void migrateFromBefore(DriverManagerDataSource dataSource, String vendor) {
        var jdbc = new JdbcTemplate(dataSource);
        var json = JsonMapper.builder().build();
        flyway(dataSource, vendor, "11").migrate();
        // The template as it was published before the format had rules.
        var stored = (ObjectNode) json.readTree(jdbc.queryForObject(
                "select content from template_version where version = 1", String.class));
        stored.remove("rules");
        String before = json.writeValueAsString(stored);
        jdbc.update("update template_version set content = ? where version = 1", before);
        long department = jdbc.queryForObject("select id from organisation where code = 'MOS'", Long.class);
        long agency = jdbc.queryForObject("select id from organisation where code = 'BYM'", Long.class);
        jdbc.update("""
                insert into poster (department_id, agency_id, template_version_id, status, created_at, created_by,
                    last_changed_at, last_changed_by, version)
                values (?, ?, (select min(id) from template_version), 'DRAFT', current_timestamp, 'test',
                    current_timestamp, 'test', 0)""", department, agency);
        long poster = jdbc.queryForObject("select max(id) from poster", Long.class);
        jdbc.update("""
                insert into poster_approval (poster_id, side, approver_name, approver_role, content_hash, approved_at,
                    version)
                values (?, 'DEPARTMENT', 'Kari', 'Kommunaldirektør', 'hash-before', current_timestamp, 0)""", poster);

        flyway(dataSource, vendor, "latest").migrate();

        var after = (ObjectNode) json.readTree(jdbc.queryForObject(
                "select content from template_version where version = 1", String.class));
        assertThat(after.get("rules")).hasSize(7);
        after.remove("rules");
        assertThat(json.writeValueAsString(after)).as("nothing else of the published version changed")
                .isEqualTo(before);
        assertThat(jdbc.queryForList("select field_key from poster_cell where poster_id = ? and row_id is null "
                + "and field_key like 'reason.%' and cell_value = '' order by field_key", String.class, poster))
                .containsExactly("reason.etatsstyring-hyppighet", "reason.etatsstyring-referat",
                        "reason.formelle-dokumenteres", "reason.kontaktmote-hyppighet", "reason.referat-offentlig",
                        "reason.referat-roller", "reason.signaler-skriftlig");
        // The new fields are new content: an approval of the content before them lapses, as after any change.
        assertThat(jdbc.queryForObject("select void_reason from poster_approval where poster_id = ?", String.class,
                poster)).isEqualTo("CHANGED");
    }

    private void migrateFromBeforeTheEditor(DriverManagerDataSource dataSource, String vendor) {
        var jdbc = new JdbcTemplate(dataSource);
        var json = JsonMapper.builder().build();
        flyway(dataSource, vendor, "14").migrate();
        var shipped = (ObjectNode) json.readTree(jdbc.queryForObject(
                "select content from template_version where version = 1", String.class));
        var stored = shipped.deepCopy();
        stored.remove("sections");
        stored.remove("roles");
        stored.get("meetings").forEach(meeting -> ((ObjectNode) meeting).remove("definition"));
        String before = json.writeValueAsString(stored);
        jdbc.update("update template_version set content = ? where version = 1", before);

        flyway(dataSource, vendor, "latest").migrate();

        var after = (ObjectNode) json.readTree(jdbc.queryForObject(
                "select content from template_version where version = 1", String.class));
        assertThat(after.get("sections")).hasSize(7).isEqualTo(shipped.get("sections"));
        assertThat(after.get("roles")).hasSize(13).isEqualTo(shipped.get("roles"));
        assertThat(after.get("meetings")).isEqualTo(shipped.get("meetings"));
        after.remove("sections");
        after.remove("roles");
        after.get("meetings").forEach(meeting -> ((ObjectNode) meeting).remove("definition"));
        assertThat(json.writeValueAsString(after)).as("nothing else of the published version changed")
                .isEqualTo(before);
    }

    private void migrateFromBeforeTheYearPlan(DriverManagerDataSource dataSource, String vendor) {
        var jdbc = new JdbcTemplate(dataSource);
        var json = JsonMapper.builder().build();
        flyway(dataSource, vendor, "16").migrate();
        var shipped = (ObjectNode) json.readTree(jdbc.queryForObject(
                "select content from template_version where version = 1", String.class));
        var stored = shipped.deepCopy();
        var storedCells = (ObjectNode) stored.get("cells");
        List.copyOf(storedCells.propertyNames()).stream().filter(key -> key.endsWith(".months"))
                .forEach(storedCells::remove);
        stored.get("meetings").forEach(meeting -> ((ObjectNode) meeting.get("cells")).remove("months"));
        String before = json.writeValueAsString(stored);
        jdbc.update("update template_version set content = ? where version = 1", before);
        long department = jdbc.queryForObject("select id from organisation where code = 'MOS'", Long.class);
        long agency = jdbc.queryForObject("select id from organisation where code = 'BYM'", Long.class);
        jdbc.update("""
                insert into poster (department_id, agency_id, template_version_id, status, created_at, created_by,
                    last_changed_at, last_changed_by, version)
                values (?, ?, (select min(id) from template_version), 'DRAFT', current_timestamp, 'test',
                    current_timestamp, 'test', 0)""", department, agency);
        long poster = jdbc.queryForObject("select max(id) from poster", Long.class);
        jdbc.update("insert into poster_row (poster_id, list_key, row_key, template_key, position) "
                + "values (?, 'MEETINGS', 'row-1', 'etatsstyringsmote', 0)", poster);
        long meeting = jdbc.queryForObject("select max(id) from poster_row", Long.class);
        jdbc.update("insert into poster_cell (poster_id, row_id, field_key, cell_value, revision, changed_at, "
                + "changed_by) values (?, ?, 'name', 'Etatsstyringsmøte', 0, current_timestamp, 'test')",
                poster, meeting);
        jdbc.update("""
                insert into poster_approval (poster_id, side, approver_name, approver_role, content_hash, approved_at,
                    version)
                values (?, 'AGENCY', 'Per', 'Etatssjef', 'hash-before', current_timestamp, 0)""", poster);

        flyway(dataSource, vendor, "latest").migrate();

        var after = (ObjectNode) json.readTree(jdbc.queryForObject(
                "select content from template_version where version = 1", String.class));
        assertThat(after.get("meetings").get(0).get("cells").get("months").asString()).isEqualTo("2,5,9,11");
        assertThat(after.get("cells").get("documents.allocation.months").asString()).isEqualTo("1");
        assertThat(after).as("the shipped suggestions, where they belong").isEqualTo(shipped);
        assertThat(jdbc.queryForObject("select cell_value from poster_cell where row_id = ? and field_key = 'months'",
                String.class, meeting)).as("a pair's meeting is not placed for it").isEmpty();
        assertThat(jdbc.queryForList("select field_key from poster_cell where poster_id = ? and row_id is null "
                + "and field_key like '%.months' and cell_value = '' order by field_key", String.class, poster))
                .containsExactly("documents.allocation.months", "documents.annualReport.months",
                        "documents.assignment.months", "documents.reporting.months");
        assertThat(jdbc.queryForObject("select void_reason from poster_approval where poster_id = ?", String.class,
                poster)).isEqualTo("CHANGED");
    }

    private Flyway flyway(DriverManagerDataSource dataSource, String vendor, String target) {
        return Flyway.configure().dataSource(dataSource).target(target)
                .locations("classpath:db/migration/common", "classpath:db/migration/" + vendor)
                .javaMigrations(javaMigrations.toArray(JavaMigration[]::new)).load();
    }
}
