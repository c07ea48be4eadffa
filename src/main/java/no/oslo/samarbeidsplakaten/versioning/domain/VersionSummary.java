package no.oslo.samarbeidsplakaten.versioning.domain;

import java.time.Instant;
import java.time.LocalDate;

/** A line of the history: a version without its content. */
public record VersionSummary(int number, Instant lockedAt, String lockedBy, String changeSummary, String approvers,
        LocalDate nextReview) {
}
