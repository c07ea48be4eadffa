package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.Choice;
import org.springframework.modulith.NamedInterface;

/** Formal meetings are the steering dialogue proper; informal ones support it. */
@NamedInterface("model")
public enum Formality implements Choice {
    FORMAL, INFORMAL
}
