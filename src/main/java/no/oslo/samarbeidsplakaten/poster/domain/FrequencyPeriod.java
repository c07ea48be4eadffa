package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.Choice;

/** The period a meeting count refers to. */
public enum FrequencyPeriod implements Choice {
    WEEK(52), MONTH(12), QUARTER(4), HALF_YEAR(2), YEAR(1);

    private final int perYear;

    FrequencyPeriod(int perYear) {
        this.perYear = perYear;
    }

    /** How many of these periods a year has. */
    public int perYear() {
        return perYear;
    }
}
