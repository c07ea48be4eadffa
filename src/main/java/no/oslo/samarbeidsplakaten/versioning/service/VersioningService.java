package no.oslo.samarbeidsplakaten.versioning.service;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.BiFunction;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.NotFoundException;
import no.oslo.samarbeidsplakaten.base.OsloTime;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.poster.domain.PosterSummary;
import no.oslo.samarbeidsplakaten.poster.service.PosterAccess;
import no.oslo.samarbeidsplakaten.poster.service.PosterContent;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;
import no.oslo.samarbeidsplakaten.versioning.domain.Approval;
import no.oslo.samarbeidsplakaten.versioning.domain.ApprovalRepository;
import no.oslo.samarbeidsplakaten.versioning.domain.PosterVersion;
import no.oslo.samarbeidsplakaten.versioning.domain.PosterVersionRepository;
import no.oslo.samarbeidsplakaten.versioning.domain.VersionApprover;
import no.oslo.samarbeidsplakaten.versioning.domain.VersionParticipant;
import no.oslo.samarbeidsplakaten.versioning.domain.VersionSummary;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.modulith.NamedInterface;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The agreement rules: each side approves exactly the content it saw; any change voids the approvals; with both
 * sides' approvals anyone on the poster locks the draft as the next numbered version, which never changes again.
 */
@Service
@Transactional
@PreAuthorize("isAuthenticated()")
@NamedInterface("service")
public class VersioningService {

    public static final int MAX_SUMMARY_LENGTH = 1000;
    
    private final ApprovalRepository approvals;
    private final PosterVersionRepository versions;
    private final PosterQueries posters;
    private final PosterLifecycle lifecycle;
    private final WorkshopService workshops;
    private final TemplateService templates;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    VersioningService(ApprovalRepository approvals, PosterVersionRepository versions, PosterQueries posters,
            PosterLifecycle lifecycle, WorkshopService workshops, TemplateService templates, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.approvals = approvals;
        this.versions = versions;
        this.posters = posters;
        this.lifecycle = lifecycle;
        this.workshops = workshops;
        this.templates = templates;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PosterAccess.WORK)
    public ApprovalStatus status(long posterId) {
        return new ApprovalStatus(
                ApprovalStatus.SideApproval.of(Side.DEPARTMENT, latest(posterId, Side.DEPARTMENT)),
                ApprovalStatus.SideApproval.of(Side.AGENCY, latest(posterId, Side.AGENCY)),
                versions.findLatestNumber(posterId).orElse(0) + 1);
    }

    /**
     * The side the current user may approve for on this poster, if any: a member of the pair's department or agency
     * for their own side. Guests take part but never approve (nor lock), so two guests can never agree for the pair.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PosterAccess.WORK)
    public java.util.Optional<Side> approvingSide(long posterId) {
        PosterSummary poster = posters.summary(posterId);
        return currentUser.get().flatMap(user -> {
            if (user.organisationId() == poster.departmentId()) {
                return java.util.Optional.of(Side.DEPARTMENT);
            }
            if (user.organisationId() == poster.agencyId()) {
                return java.util.Optional.of(Side.AGENCY);
            }
            return java.util.Optional.empty();
        });
    }

    /** Whether the current user is one who approves and locks at all: not a workshop guest. */
    public boolean mayAgree() {
        return !currentUser.actor().guest();
    }

    /** The current user approves the draft as it is now, for their side. */
    @PreAuthorize(PosterAccess.WORK)
    public void approve(long posterId) {
        refuseGuests();
        Side side = approvingSide(posterId).orElseThrow(() -> new DomainException("error.approval.side"));
        String hash = posters.content(posterId).hash();
        var now = clock.instant();
        approvals.findByPosterIdAndVoidedAtIsNull(posterId).stream().filter(a -> a.getSide() == side)
                .forEach(a -> a.voidFor(Approval.VoidReason.REPLACED, now));
        var actor = currentUser.actor();
        approvals.save(new Approval(posterId, side, actor.displayName(), actor.roleTitle(), hash, now));
        events.publishEvent(new VersioningEvents.Approved(posterId, side));
        events.publishEvent(new VersioningEvents.ApprovalsChanged(posterId));
    }

    /**
     * Locks the draft as the next version.
     *
     * @throws DomainException when a side has not approved this exact content, or the input is refused
     */
    @PreAuthorize(PosterAccess.WORK)
    public int lock(long posterId, String changeSummary, LocalDate nextReview) {
        refuseGuests();
        String summary = changeSummary == null ? "" : changeSummary.strip();
        if (summary.length() > MAX_SUMMARY_LENGTH) {
            throw new DomainException("error.version.summaryTooLong", summary.length(), MAX_SUMMARY_LENGTH);
        }
        if (nextReview == null || !nextReview.isAfter(LocalDate.now(clock.withZone(OsloTime.ZONE)))) {
            throw new DomainException("error.version.review");
        }
        PosterContent content = posters.content(posterId);
        String hash = content.hash();
        var active = approvals.findByPosterIdAndVoidedAtIsNull(posterId);
        for (Side side : List.of(Side.DEPARTMENT, Side.AGENCY)) {
            if (active.stream().noneMatch(a -> a.getSide() == side && a.getContentHash().equals(hash))) {
                throw new DomainException("error.version.notApproved");
            }
        }
        int number = versions.findLatestNumber(posterId).orElse(0) + 1;
        var now = clock.instant();
        var approvers = active.stream().sorted(java.util.Comparator.comparing(Approval::getSide))
                .map(a -> new VersionApprover(a.getApproverName(), a.getApproverRole(), a.getSide())).toList();
        var participants = workshops.participantRoles(posterId).stream()
                .map(role -> new VersionParticipant(role.roleTitle(), role.side())).toList();
        versions.save(new PosterVersion(posterId, number, now, currentUser.authorName(), summary,
                content.templateKey(), content.templateVersion(), nextReview, approvers, participants,
                content.toJson(), hash));
        active.forEach(a -> a.voidFor(Approval.VoidReason.LOCKED, now));
        lifecycle.markAgreed(posterId, number, nextReview);
        events.publishEvent(new VersioningEvents.VersionLocked(posterId, number));
        return number;
    }

    private void refuseGuests() {
        if (!mayAgree()) {
            throw new DomainException("error.approval.guest");
        }
    }

    /** The default next review: a year after today. */
    public LocalDate defaultNextReview() {
        return LocalDate.now(clock.withZone(OsloTime.ZONE)).plusYears(1);
    }

    /** Any committed change to the draft voids the approvals: they were for the content as it was. */
    @EventListener({PosterEvents.CellChanged.class, PosterEvents.StructureChanged.class,
        PosterEvents.ContentReplaced.class})
    public void contentChanged(LiveEvent change) {
        var active = approvals.findByPosterIdAndVoidedAtIsNull(change.posterId());
        if (!active.isEmpty()) {
            var now = clock.instant();
            active.forEach(a -> a.voidFor(Approval.VoidReason.CHANGED, now));
            events.publishEvent(new VersioningEvents.ApprovalsChanged(change.posterId()));
        }
    }

    /** Where the draft's edit trail starts: at the last agreed version, or at the beginning when there is none. */
    @Transactional(readOnly = true)
    @PreAuthorize(PosterAccess.WORK)
    public Instant trailStart(long posterId) {
        return versions.findSummaries(posterId, PageRequest.of(0, 1)).stream().findFirst()
                .map(VersionSummary::lockedAt).orElse(Instant.EPOCH);
    }

    /**
     * What a comparison shows when the reader has chosen one end, both or none: from the chosen version, else the
     * newest; to the chosen version, else the draft for those who work on it, else (a reader) the newest version.
     *
     * @param from the version chosen to compare from, or null
     * @param to the version chosen to compare to, or null for the default
     * @return empty when the poster has no versions yet
     */
    @Transactional(readOnly = true)
    @PreAuthorize(PosterAccess.READ_VERSIONS)
    public Optional<ComparePair> comparePair(long posterId, @Nullable Integer from, @Nullable Integer to) {
        List<Integer> numbers = versions.findSummaries(posterId, Pageable.unpaged()).stream()
                .map(VersionSummary::number).toList();
        if (numbers.isEmpty()) {
            return Optional.empty();
        }
        int newest = numbers.getFirst();
        boolean withDraft = posters.mayWorkOn(posterId);
        Integer end = to != null ? to : withDraft ? null : Integer.valueOf(newest);
        return Optional.of(new ComparePair(numbers, withDraft, from == null ? newest : from, end));
    }

    /**
     * @param versions every version's number, newest first, to choose from
     * @param withDraft whether the draft may be chosen too: only for those who work on it
     * @param to null for the current draft
     */
    public record ComparePair(List<Integer> versions, boolean withDraft, int from, @Nullable Integer to) {
    }

    /** The versions, newest first. */
    @Transactional(readOnly = true)
    @PreAuthorize(PosterAccess.READ_VERSIONS)
    public List<VersionSummary> history(long posterId, Pageable page) {
        var summaries = versions.findSummaries(posterId, page);
        if (summaries.isEmpty()) {
            return summaries;
        }
        Map<Integer, List<VersionApprover>> approvers = new HashMap<>();
        for (var line : versions.findApprovers(posterId, summaries.stream().map(VersionSummary::number).toList())) {
            approvers.computeIfAbsent(line.number(), n -> new ArrayList<>()).add(line.approver());
        }
        return summaries.stream()
                .map(s -> s.withApprovers(approvers.getOrDefault(s.number(), List.of()))).toList();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PosterAccess.READ_VERSIONS)
    public VersionView version(long posterId, int number) {
        PosterSummary poster = posters.summary(posterId);
        var version = versions.findByPosterIdAndNumber(posterId, number)
                .orElseThrow(() -> new NotFoundException("version " + number));
        var content = PosterContent.fromJson(version.getContent());
        var template = templates.byKeyAndVersion(version.getTemplateKey(), version.getTemplateVersion());
        return new VersionView(number, versions.findLatestNumber(posterId).orElse(number), version.getLockedAt(),
                version.getLockedBy(), version.getChangeSummary(), version.getApprovers(),
                version.getParticipants(), version.getNextReview(),
                PosterDocument.of(poster, template, content));
    }

    /** Every version's record, oldest first, without the content. */
    @Transactional(readOnly = true)
    @PreAuthorize(PosterAccess.READ_VERSIONS)
    public List<VersionRecord> records(long posterId) {
        return versions.findByPosterIdOrderByNumber(posterId).stream()
                .map(v -> new VersionRecord(v.getNumber(), v.getLockedAt(), v.getLockedBy(), v.getChangeSummary(),
                        v.getTemplateKey(), v.getTemplateVersion(), v.getNextReview(), v.getApprovers(),
                        v.getParticipants(), v.getContentHash()))
                .toList();
    }

    /** Restores a version as the new draft; history is never rewritten. */
    @PreAuthorize(PosterAccess.WORK)
    public void restore(long posterId, int number) {
        var version = versions.findByPosterIdAndNumber(posterId, number)
                .orElseThrow(() -> new NotFoundException("version " + number));
        lifecycle.replaceContent(posterId, PosterContent.fromJson(version.getContent()));
        lifecycle.recordRestore(posterId, number);
        events.publishEvent(new VersioningEvents.VersionRestored(posterId, number));
    }

    /**
     * Compares two versions, or a version and the draft.
     *
     * @param to the newer version's number, or null for the current draft
     * @param display turns a stored value of a field into what a reader sees
     */
    @Transactional(readOnly = true)
    @PreAuthorize("#to == null ? " + PosterAccess.WORK + " : " + PosterAccess.READ_VERSIONS)
    public Comparison compare(long posterId, int from, Integer to, BiFunction<String, String, String> display) {
        PosterContent before = content(posterId, from);
        PosterContent after = to == null ? posters.content(posterId) : content(posterId, to);
        return new ContentComparer(display).compare(before, after);
    }

    private PosterContent content(long posterId, int number) {
        return versions.findByPosterIdAndNumber(posterId, number).map(v -> PosterContent.fromJson(v.getContent()))
                .orElseThrow(() -> new NotFoundException("version " + number));
    }

    private Approval latest(long posterId, Side side) {
        return approvals.findFirstByPosterIdAndSideOrderByApprovedAtDescIdDesc(posterId, side).orElse(null);
    }
}
