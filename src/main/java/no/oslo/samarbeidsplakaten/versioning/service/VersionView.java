package no.oslo.samarbeidsplakaten.versioning.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.versioning.domain.VersionApprover;
import no.oslo.samarbeidsplakaten.versioning.domain.VersionParticipant;
import org.springframework.modulith.NamedInterface;

/** An agreed version as a reader sees it: its content, its record, and where it stands among the versions. */
@NamedInterface("service")
public record VersionView(
        int number,
        int latestNumber,
        Instant lockedAt,
        String lockedBy,
        String changeSummary,
        List<VersionApprover> approvers,
        List<VersionParticipant> participantRoles,
        LocalDate nextReview,
        PosterDocument document) {

    /** The latest version is the current agreed practice (gjeldende praksis). */
    public boolean current() {
        return number == latestNumber;
    }
}
