package no.oslo.samarbeidsplakaten.poster;

/**
 * What the poster needs to know about workshops to let a guest in: whether the guest's workshop is still open. The
 * workshop feature answers it; the poster does not depend on how workshops work.
 */
public interface GuestWorkshops {

    boolean isOpen(long workshopId);
}
