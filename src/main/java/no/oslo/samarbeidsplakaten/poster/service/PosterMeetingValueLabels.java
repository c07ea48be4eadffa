package no.oslo.samarbeidsplakaten.poster.service;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import no.oslo.samarbeidsplakaten.template.service.MeetingValueLabels;
import org.springframework.stereotype.Component;

/** The template pages show a meeting type's defaults as the poster shows a meeting's values. */
@Component
class PosterMeetingValueLabels implements MeetingValueLabels {

    private final I18NProvider i18n;
    private final OrganisationService organisations;

    PosterMeetingValueLabels(I18NProvider i18n, OrganisationService organisations) {
        this.i18n = i18n;
        this.organisations = organisations;
    }

    @Override
    public String display(String attribute, String value, Locale locale) {
        return new PosterLabels((key, params) -> i18n.getTranslation(key, locale, params),
                organisations.roleLabels(locale)).display(attribute, value);
    }
}
