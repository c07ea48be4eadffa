package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.Choice;
import org.springframework.modulith.NamedInterface;

/** Where a poster is in its life: a draft being worked on, or an agreed (locked) practice. */
@NamedInterface("model")
public enum PosterStatus implements Choice {
    DRAFT, AGREED
}
