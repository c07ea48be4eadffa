package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.Choice;
import org.springframework.modulith.NamedInterface;

/** Where a poster is in its life: a draft being worked on, or an agreed (locked) practice. */
@NamedInterface("model")
public enum PosterStatus implements Choice {
    DRAFT, AGREED;

    /** Any edit, of a field or of the rows, makes the poster a draft again: it is no longer what was agreed. */
    public static PosterStatus afterEdit() {
        return DRAFT;
    }
}
