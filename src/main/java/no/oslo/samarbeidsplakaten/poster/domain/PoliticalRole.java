package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.Choice;

/** Political leadership's part in a meeting. */
public enum PoliticalRole implements Choice {
    NONE, AS_NEEDED, PARTICIPATES, CHAIRS
}
