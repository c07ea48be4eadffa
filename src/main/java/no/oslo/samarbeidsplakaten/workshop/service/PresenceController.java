package no.oslo.samarbeidsplakaten.workshop.service;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Goodbye from an open poster tab when it closes (a beacon on page hide), addressed by the random presence key only
 * that tab knows, so the others see at once that it has gone instead of when its heartbeat stops.
 */
@RestController
class PresenceController {

    static final String LEAVE_PATH = "/presence/leave/";

    private final PresenceService presence;

    PresenceController(PresenceService presence) {
        this.presence = presence;
    }

    @PostMapping(LEAVE_PATH + "{key}")
    ResponseEntity<Void> leave(@PathVariable String key) {
        presence.leave(key);
        return ResponseEntity.noContent().build();
    }
}
