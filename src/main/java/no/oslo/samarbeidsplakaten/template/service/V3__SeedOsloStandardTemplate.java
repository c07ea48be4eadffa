package no.oslo.samarbeidsplakaten.template.service;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.function.BiPredicate;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * Publishes version 1 of the Oslo standard template from its resource file. A Flyway migration, so it runs exactly
 * once per database; later template versions get their own migration.
 */
@Component
class V3__SeedOsloStandardTemplate extends BaseJavaMigration {

    static final String RESOURCE = "/template/oslo-standard-v1.json";

    @Override
    public void migrate(Context context) throws Exception {
        String content = readResource();
        var header = JsonMapper.builder().build().readTree(content);
        try (var insert = context.getConnection().prepareStatement(
                "insert into template_version (template_key, version, name, content, published_at) values (?, ?, ?, ?, ?)")) {
            insert.setString(1, header.get("key").asString());
            insert.setInt(2, header.get("version").asInt());
            insert.setString(3, header.get("name").asString());
            insert.setString(4, content);
            insert.setTimestamp(5, Timestamp.from(Instant.now()));
            insert.executeUpdate();
        }
    }

    /**
     * Changes the stored version 1 for a later migration of the template format. The change gets the stored content
     * and the shipped one, and says whether it changed anything; only then is the row written.
     */
    static void changeVersionOne(Context context, BiPredicate<ObjectNode, JsonNode> change) throws Exception {
        var json = JsonMapper.builder().build();
        JsonNode shipped = json.readTree(readResource());
        try (var select = context.getConnection().prepareStatement(
                "select id, content from template_version where template_key = 'oslo-standard' and version = 1");
                var found = select.executeQuery()) {
            while (found.next()) {
                var content = (ObjectNode) json.readTree(found.getString(2));
                if (!change.test(content, shipped)) {
                    continue;
                }
                try (var update = context.getConnection().prepareStatement(
                        "update template_version set content = ? where id = ?")) {
                    update.setString(1, json.writeValueAsString(content));
                    update.setLong(2, found.getLong(1));
                    update.executeUpdate();
                }
            }
        }
    }

    /** The shipped version 1, as its resource file holds it; the later format migrations read it too. */
    static String readResource() throws IOException {
        try (InputStream in = V3__SeedOsloStandardTemplate.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("Missing template resource " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
