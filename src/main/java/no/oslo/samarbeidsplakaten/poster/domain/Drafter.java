package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.Choice;

/** Who drafts the minutes or summary. */
public enum Drafter implements Choice {
    DEPARTMENT, AGENCY, JOINT
}
