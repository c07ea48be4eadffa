package no.oslo.samarbeidsplakaten.template.service;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
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
        V3__SeedOsloStandardTemplate.changeVersionOne(context, (content, shipped) -> {
            var cells = (ObjectNode) content.get("cells");
            boolean changed = false;
            for (var entry : shipped.get("cells").properties()) {
                if (entry.getKey().endsWith("." + MONTHS) && !cells.has(entry.getKey())) {
                    cells.set(entry.getKey(), entry.getValue());
                    changed = true;
                }
            }
            for (JsonNode meeting : content.get("meetings")) {
                var meetingCells = (ObjectNode) meeting.get("cells");
                for (JsonNode known : shipped.get("meetings")) {
                    if (known.get("key").equals(meeting.get("key")) && !meetingCells.has(MONTHS)) {
                        meetingCells.set(MONTHS, known.get("cells").get(MONTHS));
                        changed = true;
                    }
                }
            }
            return changed;
        });
    }
}
