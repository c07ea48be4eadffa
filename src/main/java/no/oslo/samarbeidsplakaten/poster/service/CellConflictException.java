package no.oslo.samarbeidsplakaten.poster.service;

import java.time.Instant;
import no.oslo.samarbeidsplakaten.base.DomainException;
import no.oslo.samarbeidsplakaten.poster.domain.CommittedCell;

/**
 * Somebody else saved the cell after the writer read it. The write was not applied; the other writer's committed
 * value, read afresh from the database, is carried with who wrote it and when, so the writer can choose what to keep.
 */
public class CellConflictException extends DomainException {

    private final transient CommittedCell theirs;

    public CellConflictException(CommittedCell theirs) {
        super("error.cell.conflict", theirs.changedBy());
        this.theirs = theirs;
    }

    /** The other writer's committed cell: value, revision, who and when. */
    public CommittedCell theirs() {
        return theirs;
    }

    /** The other writer's value and the revision to write against next. */
    public CellWrite getCurrent() {
        return new CellWrite(theirs.id(), theirs.value(), theirs.revision());
    }

    public String getChangedBy() {
        return theirs.changedBy();
    }

    public Instant getChangedAt() {
        return theirs.changedAt();
    }
}
