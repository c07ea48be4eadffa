package no.oslo.samarbeidsplakaten.template.ui;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.template.service.MeetingValueLabels;
import no.oslo.samarbeidsplakaten.template.service.TemplateOutline;

/** A template's stored codes in the reader's words, on the version and compare pages. */
final class TemplateWords {

    private TemplateWords() {
    }

    static TemplateOutline.Words of(Component page, List<MeetingValueLabels> meetingValues, Locale locale) {
        return (kind, value) -> switch (kind) {
            case "side" -> page.getTranslation("template.roles.side." + value);
            case "check" -> page.getTranslation("template.rules.check." + value);
            case "formality" -> page.getTranslation("choice.Formality." + value);
            default -> meetingValues.isEmpty() ? value : meetingValues.getFirst().display(kind, value, locale);
        };
    }
}
