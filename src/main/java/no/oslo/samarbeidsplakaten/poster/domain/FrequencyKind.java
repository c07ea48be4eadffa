package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.Choice;

/** How a meeting's frequency is stated. */
public enum FrequencyKind implements Choice {
    EXACTLY, UP_TO, AS_NEEDED, MILESTONES
}
