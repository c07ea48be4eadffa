package no.oslo.samarbeidsplakaten.calendar.service;


/** What the calendar feature tells the others: the event log records a replaced address. */
public final class CalendarEvents {

    private CalendarEvents() {
    }

    /** A poster's feed got a new address; the old one no longer answers. */
    public record AddressRenewed(long posterId) {
    }
}
