package no.oslo.samarbeidsplakaten.workshop.service;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The browser says goodbye here when a tab with a poster is closed (a beacon on page hide), so the others see at
 * once that the person left. The key is the random presence key only that tab knows.
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
