package no.oslo.samarbeidsplakaten.template.service;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * The template format gained months in the year: for each standard meeting type and for the steering documents, the
 * months the shipped template suggests. This writes the shipped suggestions into a version 1 stored before the format
 * had them, and changes nothing else of it: a poster still only gets months when a pair chooses them.
 */
@Component
class V18__TemplatePlacesMeetingsInTheYear extends BaseJavaMigration {

    private static final String MONTHS = "months";

    @Override
    public void migrate(Context context) throws Exception {
        var json = JsonMapper.builder().build();
        JsonNode shipped = json.readTree(V3__SeedOsloStandardTemplate.readResource());
        try (var select = context.getConnection().prepareStatement(
                "select id, content from template_version where template_key = 'oslo-standard' and version = 1");
                var found = select.executeQuery()) {
            while (found.next()) {
                var content = (ObjectNode) json.readTree(found.getString(2));
                var cells = (ObjectNode) content.get("cells");
                shipped.get("cells").properties().forEach(entry -> {
                    if (entry.getKey().endsWith("." + MONTHS) && !cells.has(entry.getKey())) {
                        cells.set(entry.getKey(), entry.getValue());
                    }
                });
                for (JsonNode meeting : content.get("meetings")) {
                    var meetingCells = (ObjectNode) meeting.get("cells");
                    for (JsonNode known : shipped.get("meetings")) {
                        if (known.get("key").equals(meeting.get("key")) && !meetingCells.has(MONTHS)) {
                            meetingCells.set(MONTHS, known.get("cells").get(MONTHS));
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
