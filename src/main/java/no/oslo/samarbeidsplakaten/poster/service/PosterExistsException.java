package no.oslo.samarbeidsplakaten.poster.service;

import no.oslo.samarbeidsplakaten.base.DomainException;

/** A pair has one poster; creating a second is refused and points to the existing one. */
public class PosterExistsException extends DomainException {

    private final long existingPosterId;

    public PosterExistsException(long existingPosterId, String department, String agency) {
        super("error.poster.exists", department, agency);
        this.existingPosterId = existingPosterId;
    }

    public long getExistingPosterId() {
        return existingPosterId;
    }
}
