package no.oslo.samarbeidsplakaten.poster.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import no.oslo.samarbeidsplakaten.base.DomainException;
import org.junit.jupiter.api.Test;

class FrequencyTest {

    @Test
    void countPerPeriodRoundTripsThroughItsStoredForm() {
        Frequency upToFourAYear = Frequency.parse("UP_TO:4:YEAR");
        assertThat(upToFourAYear).isEqualTo(new Frequency(FrequencyKind.UP_TO, 4, FrequencyPeriod.YEAR));
        assertThat(upToFourAYear.encode()).isEqualTo("UP_TO:4:YEAR");
    }

    @Test
    void asNeededAndMilestonesCarryNoCount() {
        assertThat(Frequency.parse("AS_NEEDED").hasCount()).isFalse();
        assertThat(Frequency.parse("MILESTONES").encode()).isEqualTo("MILESTONES");
        assertThat(Frequency.parse("")).isNull();
    }

    @Test
    void countMustBePositiveAndBounded() {
        assertThatThrownBy(() -> Frequency.parse("EXACTLY:0:MONTH")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.frequency.count");
        assertThatThrownBy(() -> Frequency.parse("EXACTLY:366:YEAR")).isInstanceOf(DomainException.class);
    }

    @Test
    void incompleteOrUnknownValuesAreRefused() {
        assertThatThrownBy(() -> Frequency.parse("UP_TO::YEAR")).isInstanceOf(DomainException.class)
                .extracting("messageKey").isEqualTo("error.frequency.invalid");
        assertThatThrownBy(() -> Frequency.parse("UP_TO:4:")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Frequency.parse("OFTEN")).isInstanceOf(DomainException.class);
        assertThatThrownBy(() -> Frequency.parse("AS_NEEDED:3:YEAR")).isInstanceOf(DomainException.class);
    }
}
