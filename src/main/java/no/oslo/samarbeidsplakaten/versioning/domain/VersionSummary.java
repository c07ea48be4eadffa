package no.oslo.samarbeidsplakaten.versioning.domain;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** A line of the history: a version without its content. */
public record VersionSummary(int number, Instant lockedAt, String lockedBy, String changeSummary,
        List<VersionApprover> approvers, LocalDate nextReview) {

    /** As the history query reads it; the approvers come from their own table. */
    public VersionSummary(int number, Instant lockedAt, String lockedBy, String changeSummary, LocalDate nextReview) {
        this(number, lockedAt, lockedBy, changeSummary, List.of(), nextReview);
    }

    public VersionSummary withApprovers(List<VersionApprover> approvers) {
        return new VersionSummary(number, lockedAt, lockedBy, changeSummary, List.copyOf(approvers), nextReview);
    }
}
