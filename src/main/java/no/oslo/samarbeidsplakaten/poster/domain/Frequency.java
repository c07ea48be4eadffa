package no.oslo.samarbeidsplakaten.poster.domain;

import no.oslo.samarbeidsplakaten.base.DomainException;
import org.springframework.modulith.NamedInterface;

/**
 * How often a meeting is held: a count per period ("inntil 4 per år"), "ved behov" or "etter milepælsplan".
 * Stored in its cell as {@code KIND[:count:PERIOD]}, for example {@code UP_TO:4:YEAR}.
 */
@NamedInterface("model")
public record Frequency(FrequencyKind kind, int count, FrequencyPeriod period) {

    public static final int MAX_COUNT = 365;

    public Frequency {
        if (kind == FrequencyKind.EXACTLY || kind == FrequencyKind.UP_TO) {
            if (count < 1 || count > MAX_COUNT) {
                throw new DomainException("error.frequency.count", MAX_COUNT);
            }
            if (period == null) {
                throw new DomainException("error.frequency.period");
            }
        } else {
            count = 0;
            period = null;
        }
    }

    public static Frequency of(FrequencyKind kind) {
        return new Frequency(kind, 0, null);
    }

    public boolean hasCount() {
        return kind == FrequencyKind.EXACTLY || kind == FrequencyKind.UP_TO;
    }

    /** @return the frequency stored in a cell, or null when none is set */
    public static Frequency parse(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return null;
        }
        String[] parts = encoded.split(":");
        try {
            var kind = FrequencyKind.valueOf(parts[0]);
            if (kind == FrequencyKind.EXACTLY || kind == FrequencyKind.UP_TO) {
                if (parts.length != 3) {
                    throw new DomainException("error.frequency.invalid");
                }
                return new Frequency(kind, Integer.parseInt(parts[1]), FrequencyPeriod.valueOf(parts[2]));
            }
            if (parts.length != 1) {
                throw new DomainException("error.frequency.invalid");
            }
            return of(kind);
        } catch (IllegalArgumentException e) {
            throw new DomainException("error.frequency.invalid");
        }
    }

    /**
     * Meetings a year at most, for comparing across pairs: "inntil 2 per kvartal" is 8. Empty for "ved behov" and
     * "etter milepælsplan", which state no number.
     */
    public java.util.OptionalInt perYear() {
        return hasCount() ? java.util.OptionalInt.of(count * period.perYear()) : java.util.OptionalInt.empty();
    }

    /** Like {@link #parse} for values already stored: a value that cannot be read counts as none. */
    public static java.util.Optional<Frequency> read(String encoded) {
        try {
            return java.util.Optional.ofNullable(parse(encoded));
        } catch (DomainException e) {
            return java.util.Optional.empty();
        }
    }

    public String encode() {
        return hasCount() ? kind.name() + ":" + count + ":" + period.name() : kind.name();
    }
}
