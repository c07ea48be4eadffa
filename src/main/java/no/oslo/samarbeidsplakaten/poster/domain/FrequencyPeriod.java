package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.Choice;

/** The period a meeting count refers to. */
public enum FrequencyPeriod implements Choice {
    WEEK, MONTH, QUARTER, HALF_YEAR, YEAR
}
