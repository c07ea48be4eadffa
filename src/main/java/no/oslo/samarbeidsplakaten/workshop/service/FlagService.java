package no.oslo.samarbeidsplakaten.workshop.service;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.base.NotFoundException;
import no.oslo.samarbeidsplakaten.poster.service.PosterAccess;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import no.oslo.samarbeidsplakaten.workshop.domain.PosterFlag;
import no.oslo.samarbeidsplakaten.workshop.domain.PosterFlagRepository;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Open questions ("må avklares") on a poster's fields and meeting rows. */
@Service
@Transactional
public class FlagService {

    private final PosterFlagRepository flags;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    FlagService(PosterFlagRepository flags, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.flags = flags;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** An open question, as the side panel lists it. */
    public record OpenFlag(long id, Long cellId, Long rowId, String target, String comment, String createdBy,
            Instant createdAt) {
    }

    /**
     * Flags a field (cellId) or a whole meeting row (rowId) as "må avklares".
     *
     * @param target what is flagged, in words, as the flagger sees it
     */
    @PreAuthorize(PosterAccess.WORK)
    public long flag(long posterId, Long cellId, Long rowId, String target, String comment) {
        String text = comment == null ? "" : comment.strip();
        if (text.length() > PosterFlag.MAX_COMMENT_LENGTH) {
            throw new DomainException("error.flag.tooLong", text.length(), PosterFlag.MAX_COMMENT_LENGTH);
        }
        if (cellId == null && rowId == null) {
            throw new IllegalArgumentException("A flag is on a cell or a row");
        }
        var flag = flags.save(new PosterFlag(posterId, cellId, rowId, target, text, clock.instant(),
                currentUser.authorName()));
        events.publishEvent(new WorkshopEvents.FlagsChanged(posterId));
        return flag.getId();
    }

    @PreAuthorize(PosterAccess.WORK)
    public void resolve(long posterId, long flagId) {
        var flag = flags.findById(flagId).filter(f -> f.getPosterId() == posterId)
                .orElseThrow(() -> new NotFoundException("flag " + flagId));
        if (!flag.isResolved()) {
            flag.resolve(clock.instant(), currentUser.authorName());
            events.publishEvent(new WorkshopEvents.FlagsChanged(posterId));
        }
    }

    @Transactional(readOnly = true)
    @PreAuthorize(PosterAccess.WORK)
    public List<OpenFlag> openFlags(long posterId) {
        return flags.findByPosterIdAndResolvedAtIsNullOrderByCreatedAt(posterId).stream()
                .map(f -> new OpenFlag(f.getId(), f.getCellId(), f.getRowId(), f.getTarget(), f.getComment(),
                        f.getCreatedBy(), f.getCreatedAt()))
                .toList();
    }
}
