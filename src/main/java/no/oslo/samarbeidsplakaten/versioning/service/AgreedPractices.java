package no.oslo.samarbeidsplakaten.versioning.service;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.poster.service.PosterContent;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.versioning.domain.PosterVersion;
import no.oslo.samarbeidsplakaten.versioning.domain.PosterVersionRepository;
import org.jspecify.annotations.Nullable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The current agreed practice (the latest version) of every poster at once, for the city-wide kartlegging. Like
 * {@code PosterCatalogue} it checks no poster's access: the kartlegging decides what each user sees of it.
 */
@Service
@Transactional(readOnly = true)
@PreAuthorize("hasAnyRole('ADMIN', 'MEMBER')")
@NamedInterface("service")
public class AgreedPractices {

    /** Who approved, by role and side; the kartlegging names roles, not people. */
    public record Approver(String roleTitle, @Nullable Side side) {
    }

    /** A poster's latest agreed version. */
    public record Agreed(long posterId, int number, Instant lockedAt, LocalDate nextReview, List<Approver> approvers,
            PosterContent content) {
    }

    private final PosterVersionRepository versions;

    AgreedPractices(PosterVersionRepository versions) {
        this.versions = versions;
    }

    /** Changes whenever a version is locked (versions are never changed; a deleted one also changes it). */
    public String changeMark() {
        Object[] mark = versions.findChangeMark().getFirst();
        return mark[0] + "/" + mark[1];
    }

    /** Poster id to its latest agreed version, for every poster that has one. */
    public Map<Long, Agreed> latestOfEveryPoster() {
        Map<Long, List<Approver>> approvers = new HashMap<>();
        for (var line : versions.findApproversOfLatestVersions()) {
            approvers.computeIfAbsent(line.posterId(), id -> new ArrayList<>())
                    .add(new Approver(line.approver().roleTitle(), line.approver().side()));
        }
        Map<Long, Agreed> latest = new HashMap<>();
        for (PosterVersion version : versions.findLatestOfEveryPoster()) {
            latest.put(version.getPosterId(), new Agreed(version.getPosterId(), version.getNumber(),
                    version.getLockedAt(), version.getNextReview(),
                    List.copyOf(approvers.getOrDefault(version.getPosterId(), List.of())),
                    PosterContent.fromJson(version.getContent())));
        }
        return latest;
    }
}
