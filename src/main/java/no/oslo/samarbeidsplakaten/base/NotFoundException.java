package no.oslo.samarbeidsplakaten.base;

/** The addressed thing does not exist (or is not for this user): views show a plain not-found page. */
public class NotFoundException extends RuntimeException {

    public NotFoundException(String what) {
        super(what);
    }
}
