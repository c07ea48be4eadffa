package no.oslo.samarbeidsplakaten.workshop.service;

import java.time.Instant;

/** An open workshop, as the UI shows it. */
public record WorkshopInfo(long id, long posterId, String joinCode, Instant openedAt, String openedBy) {

    /** The join code grouped for reading aloud, e.g. "ABCD-EFGH". */
    public String displayCode() {
        return JoinCodes.display(joinCode);
    }

    /** The join address relative to the app's root. */
    public String joinPath() {
        return "verksted/" + joinCode;
    }
}
