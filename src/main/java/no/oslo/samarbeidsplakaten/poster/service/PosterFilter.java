package no.oslo.samarbeidsplakaten.poster.service;

import no.oslo.samarbeidsplakaten.poster.domain.PosterStatus;

/** The oversikt's filter: text matched in the department's or agency's name, and an optional status. */
public record PosterFilter(String text, PosterStatus status) {

    public static final PosterFilter NONE = new PosterFilter("", null);

    public PosterFilter {
        text = text == null ? "" : text.strip();
    }
}
