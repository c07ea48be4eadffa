package no.oslo.samarbeidsplakaten.poster.domain;

import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import no.oslo.samarbeidsplakaten.base.DomainException;
import org.springframework.modulith.NamedInterface;

/**
 * The months of the year a meeting is held or a steering document comes, stored in its cell as month numbers in
 * calendar order, for example {@code 3,6,9,12}. Empty when the pair has not placed it in the year.
 */
@NamedInterface("model")
public record YearMonths(List<Integer> months) {

    public static final YearMonths NONE = new YearMonths(List.of());

    public YearMonths {
        var sorted = new TreeSet<Integer>();
        for (int month : months) {
            if (month < 1 || month > 12) {
                throw new DomainException("error.months.invalid");
            }
            sorted.add(month);
        }
        months = List.copyOf(sorted);
    }

    /** @throws DomainException when the value is not a list of month numbers */
    public static YearMonths parse(String encoded) {
        if (encoded == null || encoded.isBlank()) {
            return NONE;
        }
        var months = new java.util.ArrayList<Integer>();
        for (String part : encoded.split(",")) {
            String month = part.strip();
            if (month.isEmpty()) {
                continue;
            }
            try {
                months.add(Integer.parseInt(month));
            } catch (NumberFormatException e) {
                throw new DomainException("error.months.invalid");
            }
        }
        return new YearMonths(months);
    }

    /** Like {@link #parse} for values already stored: a value that cannot be read counts as none. */
    public static YearMonths read(String encoded) {
        try {
            return parse(encoded);
        } catch (DomainException e) {
            return NONE;
        }
    }

    public boolean isEmpty() {
        return months.isEmpty();
    }

    public boolean contains(int month) {
        return months.contains(month);
    }

    public int size() {
        return months.size();
    }

    public String encode() {
        return String.join(",", months.stream().map(String::valueOf).toList());
    }

    /**
     * Whether the chosen months fit the frequency: four meetings a year want four months, "inntil fire" at most four,
     * a monthly meeting every month. Frequencies that state no number, or more than one meeting a month, fit any
     * months; so does a meeting not yet placed in the year.
     */
    public Optional<Mismatch> mismatchWith(Frequency frequency) {
        if (frequency == null || isEmpty() || frequency.perYear().isEmpty()) {
            return Optional.empty();
        }
        int expected = frequency.perYear().getAsInt();
        if (expected > 12) {
            return Optional.empty();
        }
        boolean fits = frequency.kind() == FrequencyKind.UP_TO ? size() <= expected : size() == expected;
        return fits ? Optional.empty() : Optional.of(new Mismatch(expected, size(), frequency.kind()));
    }

    /** The frequency names {@code expected} meetings a year ("at most", for {@code UP_TO}); {@code chosen} are set. */
    public record Mismatch(int expected, int chosen, FrequencyKind kind) {
    }
}
