package no.oslo.samarbeidsplakaten.poster.service;

import no.oslo.samarbeidsplakaten.base.live.LiveEvent;

/** What the poster service tells the rest of the app about committed changes. */
public final class PosterEvents {

    private PosterEvents() {
    }

    /** A cell was saved: its new value and revision. */
    public record CellChanged(long posterId, long cellId, Long rowId, String fieldKey, String value, long revision,
            String author) implements LiveEvent {
    }

    /** Rows were added, removed or moved. */
    public record StructureChanged(long posterId) implements LiveEvent {
    }

    /** The whole draft was replaced, e.g. by restoring an agreed version: every cell is new. */
    public record ContentReplaced(long posterId) implements LiveEvent {
    }
}
