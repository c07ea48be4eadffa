package no.oslo.samarbeidsplakaten.template.service;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The template format gained what the app showed from its own texts until the mayor's office could edit it: the
 * sections' titles and guidance, the role catalogue and each meeting type's definition. Version 1 always showed
 * exactly these (from the translation files and the role table); this writes them into a database seeded before the
 * format changed, and changes nothing else of the published version.
 */
@Component
class V15__TemplateOwnsItsTexts extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var json = JsonMapper.builder().build();
        JsonNode shipped = json.readTree(V3__SeedOsloStandardTemplate.readResource());
        try (var select = context.getConnection().prepareStatement(
                "select id, content from template_version where template_key = 'oslo-standard' and version = 1");
                var found = select.executeQuery()) {
            while (found.next()) {
                var content = (ObjectNode) json.readTree(found.getString(2));
                if (content.has("sections")) {
                    continue;
                }
                content.set("sections", shipped.get("sections"));
                content.set("roles", shipped.get("roles"));
                for (JsonNode meeting : content.get("meetings")) {
                    for (JsonNode known : shipped.get("meetings")) {
                        if (known.get("key").equals(meeting.get("key"))) {
                            ((ObjectNode) meeting).set("definition", known.get("definition"));
                        }
                    }
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
}
