package no.oslo.samarbeidsplakaten.versioning.service;

import no.oslo.samarbeidsplakaten.base.live.LiveEvent;

/** Live events of agreeing on a poster. */
public final class VersioningEvents {

    private VersioningEvents() {
    }

    /** A side approved, or approvals lapsed. */
    public record ApprovalsChanged(long posterId) implements LiveEvent {
    }

    /** The draft was locked as a new agreed version. */
    public record VersionLocked(long posterId, int number) implements LiveEvent {
    }
}
