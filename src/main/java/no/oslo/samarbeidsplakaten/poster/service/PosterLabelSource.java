package no.oslo.samarbeidsplakaten.poster.service;

import com.vaadin.flow.i18n.I18NProvider;
import java.util.Locale;
import no.oslo.samarbeidsplakaten.organisation.service.OrganisationService;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Component;

/** Poster labels in a language, for work outside a view: the printed poster, downloads, the calendar feed. */
@Component
@NamedInterface("service")
public class PosterLabelSource {

    private final I18NProvider i18n;
    private final OrganisationService organisations;

    PosterLabelSource(I18NProvider i18n, OrganisationService organisations) {
        this.i18n = i18n;
        this.organisations = organisations;
    }

    public PosterLabels in(Locale locale) {
        return new PosterLabels((key, params) -> i18n.getTranslation(key, locale, params),
                organisations.roleLabels(locale));
    }
}
