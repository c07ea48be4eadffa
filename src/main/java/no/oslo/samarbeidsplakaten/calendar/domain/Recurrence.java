package no.oslo.samarbeidsplakaten.calendar.domain;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;
import no.oslo.samarbeidsplakaten.poster.domain.Frequency;
import no.oslo.samarbeidsplakaten.poster.domain.FrequencyKind;
import no.oslo.samarbeidsplakaten.poster.domain.FrequencyPeriod;
import no.oslo.samarbeidsplakaten.poster.domain.YearMonths;
import org.jspecify.annotations.Nullable;

/**
 * An event series (RFC 5545 RRULE) from a meeting's frequency and months. The poster says how often and in which
 * months, not on which day, so each occurrence is an all-day placeholder on a weekday: the first weekday of a chosen
 * month, further ones spread over the month's weekdays. "Ved behov" has no series; "etter milepælsplan" has one only
 * where months are chosen. Without months, a count per quarter, half-year or year is spread evenly over the year.
 *
 * @param rule the RRULE value, e.g. {@code FREQ=MONTHLY;BYMONTH=2,5,9,11;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1}
 * @param weekdays the days of the week an occurrence can fall on
 * @param months the months occurrences fall in; every month when the rule does not restrict them
 */
public record Recurrence(String rule, List<DayOfWeek> weekdays, YearMonths months) {

    private static final List<DayOfWeek> WORKDAYS = List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.WEDNESDAY,
            DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
    private static final YearMonths EVERY_MONTH = new YearMonths(IntStream.rangeClosed(1, 12).boxed().toList());
    /** Weekdays in a month, as far as spreading occurrences over it goes. */
    private static final int WORKDAYS_PER_MONTH = 20;

    /** @return the series, or empty where the poster states no regular series */
    public static Optional<Recurrence> of(@Nullable Frequency frequency, YearMonths months) {
        if (frequency == null || frequency.kind() == FrequencyKind.MILESTONES) {
            return months.isEmpty() ? Optional.empty() : Optional.of(monthly(months, 1));
        }
        if (frequency.kind() == FrequencyKind.AS_NEEDED) {
            return Optional.empty();
        }
        int count = frequency.count();
        if (frequency.period() == FrequencyPeriod.WEEK) {
            return Optional.of(weekly(count, months));
        }
        int perYear = frequency.perYear().orElseThrow();
        if (!months.isEmpty()) {
            int perMonth = frequency.period() == FrequencyPeriod.MONTH ? count : ceilDiv(perYear, months.size());
            return Optional.of(monthly(months, perMonth));
        }
        if (frequency.period() == FrequencyPeriod.MONTH || perYear > 12) {
            return Optional.of(monthly(EVERY_MONTH, ceilDiv(perYear, 12)));
        }
        return Optional.of(monthly(spread(perYear), 1));
    }

    /** The first occurrence on or after a day: the series' DTSTART, which RFC 5545 wants to be one of its dates. */
    public LocalDate firstOnOrAfter(LocalDate day) {
        var date = day;
        while (!(months.contains(date.getMonthValue()) && weekdays.contains(date.getDayOfWeek()))) {
            date = date.plusDays(1);
        }
        return date;
    }

    private static Recurrence monthly(YearMonths months, int perMonth) {
        if (perMonth > WORKDAYS_PER_MONTH) {
            return daily(months);
        }
        var positions = IntStream.range(0, perMonth).map(i -> 1 + i * WORKDAYS_PER_MONTH / perMonth)
                .mapToObj(String::valueOf).toList();
        return new Recurrence("FREQ=MONTHLY" + byMonth(months) + ";BYDAY=" + days(WORKDAYS) + ";BYSETPOS="
                + String.join(",", positions), WORKDAYS, months.isEmpty() ? EVERY_MONTH : months);
    }

    private static Recurrence weekly(int perWeek, YearMonths months) {
        if (perWeek >= WORKDAYS.size()) {
            return daily(months);
        }
        List<DayOfWeek> days = switch (perWeek) {
            case 1 -> List.of(DayOfWeek.MONDAY);
            case 2 -> List.of(DayOfWeek.MONDAY, DayOfWeek.THURSDAY);
            case 3 -> List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY);
            default -> List.of(DayOfWeek.MONDAY, DayOfWeek.TUESDAY, DayOfWeek.THURSDAY, DayOfWeek.FRIDAY);
        };
        return new Recurrence("FREQ=WEEKLY" + byMonth(months) + ";BYDAY=" + days(days), days,
                months.isEmpty() ? EVERY_MONTH : months);
    }

    private static Recurrence daily(YearMonths months) {
        return new Recurrence("FREQ=DAILY" + byMonth(months) + ";BYDAY=" + days(WORKDAYS), WORKDAYS,
                months.isEmpty() ? EVERY_MONTH : months);
    }

    /** {@code n} months spread evenly over the year, starting in January: 4 → January, April, July, October. */
    static YearMonths spread(int n) {
        return new YearMonths(IntStream.range(0, n).map(i -> 1 + i * 12 / n).boxed().toList());
    }

    private static String byMonth(YearMonths months) {
        return months.isEmpty() || months.size() == 12 ? "" : ";BYMONTH=" + months.encode();
    }

    private static String days(List<DayOfWeek> days) {
        var codes = new ArrayList<String>();
        days.forEach(day -> codes.add(day.name().substring(0, 2)));
        return String.join(",", codes);
    }

    private static int ceilDiv(int a, int b) {
        return (a + b - 1) / b;
    }
}
