package no.oslo.samarbeidsplakaten.workshop.service;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * What an open poster tab tells the others outside Vaadin's own channel, addressed by the random presence key only
 * that tab knows: goodbye when the tab closes (a beacon on page hide), and the text being typed in a field, for the
 * others' live preview. The preview travels here, not through the field, so it never makes the field save before
 * the user pauses.
 */
@RestController
class PresenceController {

    static final String LEAVE_PATH = "/presence/leave/";
    static final String TYPING_PATH = "/presence/typing/";

    private final PresenceService presence;

    PresenceController(PresenceService presence) {
        this.presence = presence;
    }

    @PostMapping(LEAVE_PATH + "{key}")
    ResponseEntity<Void> leave(@PathVariable String key) {
        presence.leave(key);
        return ResponseEntity.noContent().build();
    }

    /** The text as it stands in the typist's browser; {@code done} when they left the field. */
    record TypingNote(long cell, String text, boolean done) {
    }

    @PostMapping(TYPING_PATH + "{key}")
    ResponseEntity<Void> typing(@PathVariable String key, @RequestBody TypingNote note) {
        boolean live = note.text() != null && presence.typing(key, note.cell(), note.text(), note.done());
        return live ? ResponseEntity.noContent().build() : ResponseEntity.notFound().build();
    }
}
