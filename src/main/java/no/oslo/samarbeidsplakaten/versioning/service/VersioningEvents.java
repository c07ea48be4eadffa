package no.oslo.samarbeidsplakaten.versioning.service;

import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.security.domain.Side;

/** Live events of agreeing on a poster. */
public final class VersioningEvents {

    private VersioningEvents() {
    }

    /** A side approved, or approvals lapsed. */
    public record ApprovalsChanged(long posterId) implements LiveEvent {
    }

    /** A side approved the draft as it is now. */
    public record Approved(long posterId, Side side) {
    }

    /** An agreed version was restored as the new draft. */
    public record VersionRestored(long posterId, int number) {
    }

    /** The draft was locked as a new agreed version. */
    public record VersionLocked(long posterId, int number) implements LiveEvent {
    }
}
