package no.oslo.samarbeidsplakaten.poster.service;

import java.util.Locale;
import no.oslo.samarbeidsplakaten.template.service.MeetingValueLabels;
import org.springframework.stereotype.Component;

/** The template pages show a meeting type's defaults as the poster shows a meeting's values. */
@Component
class PosterMeetingValueLabels implements MeetingValueLabels {

    private final PosterLabelSource labels;

    PosterMeetingValueLabels(PosterLabelSource labels) {
        this.labels = labels;
    }

    @Override
    public String display(String attribute, String value, Locale locale) {
        return labels.in(locale).display(attribute, value);
    }
}
