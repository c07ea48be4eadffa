package no.oslo.samarbeidsplakaten.poster.service;

import java.time.Clock;
import no.oslo.samarbeidsplakaten.base.NotFoundException;
import no.oslo.samarbeidsplakaten.poster.domain.MeetingField;
import no.oslo.samarbeidsplakaten.poster.domain.Poster;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCell;
import no.oslo.samarbeidsplakaten.poster.domain.PosterCellRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterChange;
import no.oslo.samarbeidsplakaten.poster.domain.PosterChangeRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRepository;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRow;
import no.oslo.samarbeidsplakaten.poster.domain.PosterRowRepository;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * What every change to a poster's rows or draft does besides the change itself: the poster is marked changed (and a
 * draft), the edit trail gets a line, and everyone on the poster is told how the list now looks.
 */
@Component
class PosterEdits {

    private final PosterRepository posters;
    private final PosterRowRepository rows;
    private final PosterCellRepository cells;
    private final PosterChangeRepository changes;
    private final PosterQueries queries;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    PosterEdits(PosterRepository posters, PosterRowRepository rows, PosterCellRepository cells,
            PosterChangeRepository changes, PosterQueries queries, CurrentUser currentUser,
            ApplicationEventPublisher events, Clock clock) {
        this.posters = posters;
        this.rows = rows;
        this.cells = cells;
        this.changes = changes;
        this.queries = queries;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    Poster poster(long posterId) {
        return posters.findById(posterId).orElseThrow(() -> new NotFoundException("poster " + posterId));
    }

    /** The poster's structure changes now; its version bump makes a concurrent structural change fail. */
    Poster structureChange(long posterId) {
        Poster poster = poster(posterId);
        poster.structureChanged(clock.instant(), currentUser.authorName());
        return poster;
    }

    void trail(Poster poster, PosterChange.Kind kind, String rowKey, String target) {
        changes.save(new PosterChange(poster.getId(), kind, rowKey, target, null, null, null,
                poster.getLastChangedAt(), poster.getLastChangedBy()));
    }

    /** A row in words for the trail: the meeting's name, or the side of a commitment; empty for sections. */
    String targetOf(PosterRow row) {
        if (row == null) {
            return "";
        }
        if (row.getList() != RowList.MEETINGS) {
            return row.getList().name();
        }
        return cells.findByRowIdAndFieldKey(row.getId(), MeetingField.NAME.key()).map(PosterCell::getValue)
                .orElse("");
    }

    static String newRowKey() {
        return java.util.UUID.randomUUID().toString();
    }

    /** Tells everyone on the poster how one of its lists now looks, row by row with every cell. */
    void publishStructure(Poster poster, RowList list) {
        rows.flush();
        events.publishEvent(new PosterEvents.StructureChanged(poster.getId(), list,
                queries.load(poster.getId()).rows(list), poster.getVersion(), poster.getLastChangedAt(),
                poster.getLastChangedBy()));
    }
}
