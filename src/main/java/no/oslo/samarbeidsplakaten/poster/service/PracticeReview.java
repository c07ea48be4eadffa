package no.oslo.samarbeidsplakaten.poster.service;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import no.oslo.samarbeidsplakaten.template.domain.PosterTemplate;
import no.oslo.samarbeidsplakaten.template.service.CommonTerms;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;
import org.springframework.modulith.NamedInterface;
import org.springframework.stereotype.Service;

/**
 * How a poster stands against the template's common rules, with meetings counted as their standard type by template
 * row or by the common terms. The editor, the read-only view and the kartlegging all ask it.
 */
@Service
@NamedInterface("service")
public class PracticeReview {

    private final TemplateService templates;
    private final CommonTerms terms;

    PracticeReview(TemplateService templates, CommonTerms terms) {
        this.templates = templates;
        this.terms = terms;
    }

    /** The rules of the poster's own template that its meetings deviate from. */
    public List<PracticeCheck.Deviation> deviations(PosterDocument document) {
        return deviations(document.template(), document.content().meetings());
    }

    public List<PracticeCheck.Deviation> deviations(PosterTemplate rulesFrom, List<PosterContent.Meeting> meetings) {
        return PracticeCheck.deviations(rulesFrom.rules(), meetings, typeResolver());
    }

    /**
     * The standard meeting type of the current template each meeting counts as, by its template row or by the common
     * terms; the template and the terms are read once, e.g. for the whole city's meetings.
     */
    public Function<PosterContent.Meeting, Optional<String>> typeResolver() {
        var current = templates.current();
        var typeOfName = terms.typeResolver();
        return meeting -> PracticeCheck.typeOf(meeting, current, typeOfName);
    }

    /** The rules of {@code rulesFrom} that the meetings deviate from, their types as {@code types} resolves them. */
    public static List<PracticeCheck.Deviation> deviations(PosterTemplate rulesFrom,
            List<PosterContent.Meeting> meetings, Function<PosterContent.Meeting, Optional<String>> types) {
        return PracticeCheck.deviations(rulesFrom.rules(), meetings, types);
    }

    /** The standard term to suggest instead of a meeting name the mayor's office marked as a synonym. */
    public Optional<String> suggestionFor(String meetingName) {
        return terms.suggestionFor(meetingName);
    }
}
