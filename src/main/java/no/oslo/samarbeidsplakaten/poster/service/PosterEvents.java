package no.oslo.samarbeidsplakaten.poster.service;

import java.time.Instant;
import java.util.List;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import org.springframework.modulith.NamedInterface;

/**
 * What the poster service tells the rest of the app about committed changes. Each event carries the new state, so a
 * view applies it as it is instead of reading the poster again.
 */
public final class PosterEvents {

    private PosterEvents() {
    }

    /** A cell was saved: its new value and revision, who and when. Any edit makes the poster a draft. */
    @NamedInterface("events")
    public record CellChanged(long posterId, long cellId, Long rowId, String fieldKey, String value, long revision,
            String author, Instant changedAt) implements LiveEvent {
    }

    /**
     * Rows were added, removed or moved: one list of the poster, as it now is, row by row, at the poster's
     * {@code structureVersion}, which rises with every change of its structure.
     */
    @NamedInterface("events")
    public record StructureChanged(long posterId, RowList list, List<PosterDocument.Row> rows, long structureVersion,
            Instant changedAt, String author) implements LiveEvent {
    }

    /** The whole draft was replaced, e.g. by restoring an agreed version: every cell is new. */
    @NamedInterface("events")
    public record ContentReplaced(long posterId) implements LiveEvent {
    }

    /**
     * Somebody is typing in a cell: the text as it stands in their browser, not saved yet. Goes to the others'
     * screens only, never to the database; an empty {@code text} with {@code done} ends the preview.
     */
    @NamedInterface("events")
    public record Typing(long posterId, long cellId, String text, String author, String presenceKey, boolean done)
            implements LiveEvent {
    }

    /** The draft was locked as an agreed version: the poster's status, version and next review changed. */
    @NamedInterface("events")
    public record Agreed(long posterId, int versionNumber) implements LiveEvent {
    }

    /** An administrator gave a reader account exactly these posters to read. */
    @NamedInterface("events")
    public record ReadersChanged(long userId, java.util.Set<Long> posterIds) {
    }

    /** A pair's draft took up a newer template version. */
    @NamedInterface("events")
    public record TemplateAdopted(long posterId, int from, int to) {
    }
}
