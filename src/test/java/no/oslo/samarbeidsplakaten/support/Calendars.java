package no.oslo.samarbeidsplakaten.support;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.Biweekly;
import biweekly.ICalVersion;
import biweekly.ICalendar;
import biweekly.component.VEvent;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.TimeZone;

/** Reads iCalendar text as a calendar client would, with biweekly, and expands event series into dates. */
public final class Calendars {

    private static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private Calendars() {
    }

    /** Parses a feed and checks that it is valid iCalendar 2.0: no parse or validation warnings. */
    public static ICalendar parseValid(String text) {
        ICalendar calendar = parse(text);
        assertThat(calendar.validate(ICalVersion.V2_0).toString()).as("validation warnings").isBlank();
        return calendar;
    }

    /** Parses a feed without a parse warning. */
    public static ICalendar parse(String text) {
        var warnings = new ArrayList<List<biweekly.io.ParseWarning>>();
        ICalendar calendar = Biweekly.parse(text).warnings(warnings).first();
        assertThat(calendar).as("the feed parses as a calendar").isNotNull();
        assertThat(warnings.stream().flatMap(List::stream).map(Object::toString).toList()).as("parse warnings")
                .isEmpty();
        return calendar;
    }

    /** The dates an event falls on within one year, as a calendar client expands its series. */
    public static List<LocalDate> datesIn(VEvent event, int year) {
        var dates = new ArrayList<LocalDate>();
        var iterator = event.getDateIterator(TimeZone.getTimeZone(OSLO));
        while (iterator.hasNext()) {
            LocalDate date = iterator.next().toInstant().atZone(OSLO).toLocalDate();
            if (date.getYear() > year) {
                break;
            }
            if (date.getYear() == year) {
                dates.add(date);
            }
        }
        return dates;
    }
}
