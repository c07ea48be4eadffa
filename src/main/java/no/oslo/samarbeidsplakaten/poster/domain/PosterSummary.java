package no.oslo.samarbeidsplakaten.poster.domain;

import java.time.Instant;
import java.time.LocalDate;
import org.springframework.modulith.NamedInterface;

/** One line of the oversikt. */
@NamedInterface("model")
public record PosterSummary(
        long id,
        long departmentId,
        long agencyId,
        String departmentName,
        String agencyName,
        PosterStatus status,
        Instant lastChangedAt,
        Integer agreedVersion,
        LocalDate nextReview) {

    /** Where the poster stands with its review date on a day. */
    public ReviewState reviewState(LocalDate today) {
        return ReviewState.of(nextReview, today);
    }

    /** The summary after an edit at {@code at}: any edit makes the poster a draft again. */
    public PosterSummary edited(Instant at) {
        return new PosterSummary(id, departmentId, agencyId, departmentName, agencyName, PosterStatus.DRAFT, at,
                agreedVersion, nextReview);
    }
}
