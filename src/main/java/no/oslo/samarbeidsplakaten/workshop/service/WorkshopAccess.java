package no.oslo.samarbeidsplakaten.workshop.service;

import no.oslo.samarbeidsplakaten.security.service.CurrentUser;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Component;

/** Keeps a workshop guest to their one poster, and out once the workshop is closed. */
@Component
public class WorkshopAccess {

    private final CurrentUser currentUser;
    private final WorkshopService workshops;

    WorkshopAccess(CurrentUser currentUser, WorkshopService workshops) {
        this.currentUser = currentUser;
        this.workshops = workshops;
    }

    public boolean mayWorkOn(long posterId) {
        return currentUser.guest()
                .map(guest -> guest.posterId() == posterId && workshops.isOpen(guest.workshopId()))
                .orElse(currentUser.get().isPresent());
    }

    /** @throws AccessDeniedException when the current user may not work on the poster */
    public void checkWorkOn(long posterId) {
        if (!mayWorkOn(posterId)) {
            throw new AccessDeniedException("No access to poster " + posterId);
        }
    }
}
