package no.oslo.samarbeidsplakaten.poster.service;

import no.oslo.samarbeidsplakaten.base.DomainException;

/**
 * Somebody else saved the cell after the writer read it. The write was not applied; the current value is carried so
 * the writer can choose what to keep.
 */
public class CellConflictException extends DomainException {

    private final transient CellWrite current;
    private final String changedBy;

    public CellConflictException(CellWrite current, String changedBy) {
        super("error.cell.conflict", changedBy);
        this.current = current;
        this.changedBy = changedBy;
    }

    public CellWrite getCurrent() {
        return current;
    }

    public String getChangedBy() {
        return changedBy;
    }
}
