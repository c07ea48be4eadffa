package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.Choice;

/** Formal meetings are the steering dialogue proper; informal ones support it. */
public enum Formality implements Choice {
    FORMAL, INFORMAL
}
