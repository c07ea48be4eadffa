package no.oslo.samarbeidsplakaten.template.service;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;
import org.springframework.stereotype.Component;
import tools.jackson.databind.JsonNode;
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
        V3__SeedOsloStandardTemplate.changeVersionOne(context, (content, shipped) -> {
            if (content.has("sections")) {
                return false;
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
            return true;
        });
    }
}
