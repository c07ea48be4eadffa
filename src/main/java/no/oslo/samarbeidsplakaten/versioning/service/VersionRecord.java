package no.oslo.samarbeidsplakaten.versioning.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.springframework.modulith.NamedInterface;

/**
 * What a version records besides its content, as it goes into an export.
 *
 * @param approvers each as "name (role title, SIDE)"
 * @param participantRoles each as "role title (SIDE)": roles, never names
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
        List<String> approvers,
        List<String> participantRoles,
        String contentHash) {
}
