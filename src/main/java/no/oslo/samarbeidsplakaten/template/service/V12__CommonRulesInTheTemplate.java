package no.oslo.samarbeidsplakaten.template.service;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The template format gained the common rules the kartlegging checks against. Version 1 always stated them in its
 * guidance texts ("inntil fire møter i året", "alltid referat" …); this gives a database seeded before the format
 * changed the same rules as data, and changes nothing else of the published version.
 */
@Component
class V12__CommonRulesInTheTemplate extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws Exception {
        var json = JsonMapper.builder().build();
        var rules = json.readTree(V3__SeedOsloStandardTemplate.readResource()).get("rules");
        try (var select = context.getConnection().prepareStatement(
                "select id, content from template_version where template_key = 'oslo-standard' and version = 1");
                var found = select.executeQuery()) {
            while (found.next()) {
                var content = (ObjectNode) json.readTree(found.getString(2));
                if (content.has("rules")) {
                    continue;
                }
                content.set("rules", rules);
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
