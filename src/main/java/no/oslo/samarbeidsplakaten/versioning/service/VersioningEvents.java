package no.oslo.samarbeidsplakaten.versioning.service;

import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import org.springframework.modulith.NamedInterface;

/** Live events of agreeing on a poster. */
public final class VersioningEvents {

    private VersioningEvents() {
    }

    /** A side approved, or approvals lapsed. */
    @NamedInterface("events")
    public record ApprovalsChanged(long posterId) implements LiveEvent {
    }

    /** A side approved the draft as it is now. */
    @NamedInterface("events")
    public record Approved(long posterId, Side side) {
    }

    /** An agreed version was restored as the new draft. */
    @NamedInterface("events")
    public record VersionRestored(long posterId, int number) {
    }

    /** The draft was locked as a new agreed version. */
    @NamedInterface("events")
    public record VersionLocked(long posterId, int number) implements LiveEvent {
    }
}
