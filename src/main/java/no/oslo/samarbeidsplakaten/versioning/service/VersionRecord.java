package no.oslo.samarbeidsplakaten.versioning.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import no.oslo.samarbeidsplakaten.versioning.domain.VersionApprover;
import no.oslo.samarbeidsplakaten.versioning.domain.VersionParticipant;
import org.springframework.modulith.NamedInterface;

/**
 * What a version records besides its content, as it goes into an export.
 *
 * @param participantRoles roles, never names
 */
@NamedInterface("service")
public record VersionRecord(
        int number,
        Instant lockedAt,
        String lockedBy,
        String changeSummary,
        String templateKey,
        int templateVersion,
        LocalDate nextReview,
        List<VersionApprover> approvers,
        List<VersionParticipant> participantRoles,
        String contentHash) {
}
