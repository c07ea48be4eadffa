package no.oslo.samarbeidsplakaten.poster.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.oslo.samarbeidsplakaten.base.DomainException;
import java.util.List;
import org.junit.jupiter.api.Test;

class YearMonthsTest {

    @Test
    void monthsAreStoredInCalendarOrderOnceEach() {
        assertThat(CellKind.MONTHS.normalize("11, 2,5,2 ,9")).isEqualTo("2,5,9,11");
        assertThat(CellKind.MONTHS.normalize("")).isEmpty();
        assertThat(YearMonths.parse("12,1").months()).containsExactly(1, 12);
    }

    @Test
    void anythingButMonthNumbersIsRefusedWithAMessage() {
        for (String bad : new String[] {"0", "13", "mars", "1;2", "-1"}) {
            assertThatThrownBy(() -> CellKind.MONTHS.normalize(bad)).as(bad).isInstanceOf(DomainException.class)
                    .hasFieldOrPropertyWithValue("messageKey", "error.months.invalid");
        }
        assertThat(YearMonths.read("mars")).as("a stored value that cannot be read counts as none")
                .isEqualTo(YearMonths.NONE);
    }

    @Test
    void monthsThatDisagreeWithTheFrequencyArePointedOut() {
        var fourAYear = Frequency.parse("EXACTLY:4:YEAR");
        assertThat(months(2, 5, 9, 11).mismatchWith(fourAYear)).isEmpty();
        assertThat(months(2, 5, 9).mismatchWith(fourAYear))
                .contains(new YearMonths.Mismatch(4, 3, FrequencyKind.EXACTLY));

        var upToFour = Frequency.parse("UP_TO:4:YEAR");
        assertThat(months(2, 9).mismatchWith(upToFour)).as("up to four: fewer is fine").isEmpty();
        assertThat(months(1, 2, 5, 9, 11).mismatchWith(upToFour))
                .contains(new YearMonths.Mismatch(4, 5, FrequencyKind.UP_TO));

        assertThat(months(1, 4, 7, 10).mismatchWith(Frequency.parse("EXACTLY:2:HALF_YEAR")))
                .as("two a half-year is four a year").isEmpty();
        assertThat(months(1, 2, 3).mismatchWith(Frequency.parse("EXACTLY:1:MONTH")))
                .contains(new YearMonths.Mismatch(12, 3, FrequencyKind.EXACTLY));
    }

    @Test
    void frequenciesWithoutANumberAndMeetingsNotYetPlacedFitAnyMonths() {
        assertThat(months(3).mismatchWith(Frequency.parse("AS_NEEDED"))).isEmpty();
        assertThat(months(3, 6).mismatchWith(Frequency.parse("MILESTONES"))).isEmpty();
        assertThat(months(3).mismatchWith(null)).isEmpty();
        assertThat(YearMonths.NONE.mismatchWith(Frequency.parse("EXACTLY:4:YEAR"))).isEmpty();
        assertThat(months(3).mismatchWith(Frequency.parse("EXACTLY:2:WEEK")))
                .as("more than one a month: any months").isEmpty();
    }

    private static YearMonths months(Integer... months) {
        return new YearMonths(List.of(months));
    }
}
