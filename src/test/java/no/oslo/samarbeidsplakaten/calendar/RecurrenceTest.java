package no.oslo.samarbeidsplakaten.calendar;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.component.VEvent;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.List;
import no.oslo.samarbeidsplakaten.calendar.domain.Recurrence;
import no.oslo.samarbeidsplakaten.poster.domain.Frequency;
import no.oslo.samarbeidsplakaten.poster.domain.YearMonths;
import no.oslo.samarbeidsplakaten.support.Calendars;
import org.junit.jupiter.api.Test;

/**
 * Event series for every frequency the editor allows, each expanded by a calendar library as a client would: the
 * dates must match what the poster says, not just the rule's text.
 */
class RecurrenceTest {

    private static final int YEAR = 2027;

    @Test
    void asNeededHasNoSeriesWithOrWithoutMonths() {
        assertThat(Recurrence.of(Frequency.parse("AS_NEEDED"), YearMonths.NONE)).isEmpty();
        assertThat(Recurrence.of(Frequency.parse("AS_NEEDED"), chosen(3, 9))).isEmpty();
    }

    @Test
    void aMilestonePlanOrNoFrequencyHasASeriesOnlyInTheMonthsChosen() {
        assertThat(Recurrence.of(Frequency.parse("MILESTONES"), YearMonths.NONE)).isEmpty();
        assertThat(Recurrence.of(null, YearMonths.NONE)).isEmpty();
        assertThat(months(dates(Recurrence.of(Frequency.parse("MILESTONES"), chosen(3, 10)).orElseThrow())))
                .containsExactly(3, 10);
        assertThat(months(dates(Recurrence.of(null, chosen(1)).orElseThrow()))).containsExactly(1);
    }

    @Test
    void aCountPerYearFallsOnceInEachChosenMonthOnItsFirstWeekday() {
        for (String kind : List.of("EXACTLY", "UP_TO")) {
            var series = Recurrence.of(Frequency.parse(kind + ":4:YEAR"), chosen(2, 5, 9, 11)).orElseThrow();
            assertThat(series.rule()).isEqualTo("FREQ=MONTHLY;BYMONTH=2,5,9,11;BYDAY=MO,TU,WE,TH,FR;BYSETPOS=1");
            assertThat(dates(series)).as(kind).containsExactly(LocalDate.of(YEAR, 2, 1), LocalDate.of(YEAR, 5, 3),
                    LocalDate.of(YEAR, 9, 1), LocalDate.of(YEAR, 11, 1));
        }
    }

    @Test
    void aCountPerYearWithoutMonthsIsSpreadOverTheYear() {
        assertThat(months(dates(Recurrence.of(Frequency.parse("EXACTLY:4:YEAR"), YearMonths.NONE).orElseThrow())))
                .containsExactly(1, 4, 7, 10);
        assertThat(months(dates(Recurrence.of(Frequency.parse("EXACTLY:1:YEAR"), YearMonths.NONE).orElseThrow())))
                .containsExactly(1);
        assertThat(dates(Recurrence.of(Frequency.parse("EXACTLY:24:YEAR"), YearMonths.NONE).orElseThrow()))
                .as("more than twelve a year: twice a month").hasSize(24);
    }

    @Test
    void aCountPerHalfYearOrQuarterIsItsNumberAYear() {
        assertThat(dates(Recurrence.of(Frequency.parse("EXACTLY:1:HALF_YEAR"), YearMonths.NONE).orElseThrow()))
                .extracting(LocalDate::getMonthValue).containsExactly(1, 7);
        assertThat(dates(Recurrence.of(Frequency.parse("UP_TO:1:QUARTER"), YearMonths.NONE).orElseThrow()))
                .extracting(LocalDate::getMonthValue).containsExactly(1, 4, 7, 10);
        assertThat(dates(Recurrence.of(Frequency.parse("EXACTLY:2:QUARTER"), chosen(3, 6, 9, 12))
                .orElseThrow())).as("eight a year in four months: two in each").hasSize(8)
                .extracting(LocalDate::getMonthValue).containsOnly(3, 6, 9, 12);
    }

    @Test
    void aCountPerMonthFallsThatOftenInEachChosenMonth() {
        var monthly = Recurrence.of(Frequency.parse("UP_TO:1:MONTH"), chosen(1, 2, 3, 4, 5, 6, 8, 9, 10, 11,
                12)).orElseThrow();
        assertThat(months(dates(monthly))).as("a summer break in July").doesNotContain(7).hasSize(11);
        var twice = dates(Recurrence.of(Frequency.parse("EXACTLY:2:MONTH"), YearMonths.NONE).orElseThrow());
        assertThat(twice).hasSize(24);
        assertThat(twice).filteredOn(d -> d.getMonthValue() == 3).hasSize(2);
    }

    @Test
    void aCountPerWeekFallsOnThatManyWeekdaysEveryWeek() {
        var weekly = dates(Recurrence.of(Frequency.parse("EXACTLY:1:WEEK"), YearMonths.NONE).orElseThrow());
        assertThat(weekly).hasSize(52).allMatch(d -> d.getDayOfWeek() == DayOfWeek.MONDAY);
        assertThat(dates(Recurrence.of(Frequency.parse("EXACTLY:3:WEEK"), YearMonths.NONE).orElseThrow()))
                .hasSizeBetween(155, 157);
        var schoolYear = dates(Recurrence.of(Frequency.parse("EXACTLY:1:WEEK"), chosen(1, 2, 3, 4, 5, 6, 8,
                9, 10, 11, 12)).orElseThrow());
        assertThat(schoolYear).noneMatch(d -> d.getMonthValue() == 7).hasSizeBetween(47, 49);
        assertThat(dates(Recurrence.of(Frequency.parse("EXACTLY:5:WEEK"), YearMonths.NONE).orElseThrow()))
                .as("every weekday").hasSize(261).noneMatch(d -> d.getDayOfWeek().getValue() > 5);
    }

    @Test
    void everyOccurrenceIsAWeekdayAndTheSeriesStartsOnItsOwnFirstDate() {
        for (String frequency : List.of("EXACTLY:1:YEAR", "UP_TO:6:YEAR", "EXACTLY:3:MONTH", "UP_TO:2:WEEK",
                "EXACTLY:1:QUARTER", "UP_TO:3:HALF_YEAR", "EXACTLY:365:YEAR")) {
            var series = Recurrence.of(Frequency.parse(frequency), YearMonths.NONE).orElseThrow();
            var dates = dates(series);
            assertThat(dates).as(frequency).isNotEmpty().noneMatch(d -> d.getDayOfWeek().getValue() > 5);
            assertThat(dates.getFirst()).as(frequency + " starts on its first date")
                    .isEqualTo(series.firstOnOrAfter(LocalDate.of(YEAR, 1, 1)));
        }
    }

    /** The series' dates in the year, as biweekly expands it from the first occurrence. */
    private static List<LocalDate> dates(Recurrence series) {
        LocalDate start = series.firstOnOrAfter(LocalDate.of(YEAR, 1, 1));
        String ics = "BEGIN:VCALENDAR\r\nVERSION:2.0\r\nPRODID:-//test//test//NB\r\nBEGIN:VEVENT\r\nUID:t@test\r\n"
                + "DTSTAMP:20270101T000000Z\r\nDTSTART;VALUE=DATE:" + start.toString().replace("-", "")
                + "\r\nRRULE:" + series.rule() + "\r\nSUMMARY:t\r\nEND:VEVENT\r\nEND:VCALENDAR\r\n";
        VEvent event = Calendars.parseValid(ics).getEvents().getFirst();
        return Calendars.datesIn(event, YEAR);
    }

    private static List<Integer> months(List<LocalDate> dates) {
        return dates.stream().map(LocalDate::getMonthValue).toList();
    }

    private static YearMonths chosen(Integer... months) {
        return new YearMonths(List.of(months));
    }
}
