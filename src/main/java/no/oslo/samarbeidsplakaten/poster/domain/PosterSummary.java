package no.oslo.samarbeidsplakaten.poster.domain;

import java.time.Instant;
import java.time.LocalDate;

/** One line of the oversikt. */
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
}
