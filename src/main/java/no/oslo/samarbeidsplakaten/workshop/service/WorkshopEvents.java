package no.oslo.samarbeidsplakaten.workshop.service;

import java.util.List;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.security.domain.Side;

/** Live events of a workshop. */
public final class WorkshopEvents {

    private WorkshopEvents() {
    }

    /** The workshop on a poster was opened or closed. */
    public record WorkshopChanged(long posterId, boolean open) implements LiveEvent {
    }

    /** Who is present, and which field each is editing, changed. */
    public record PresenceChanged(long posterId, List<PresenceService.Present> present) implements LiveEvent {
    }

    /** An open question was added or resolved. */
    public record FlagsChanged(long posterId) implements LiveEvent {
    }

    /** Somebody without an account joined the workshop with its code. */
    public record GuestJoined(long posterId, String name, String roleTitle, Side side, String client) {
    }

    /** The facilitator brings everyone to a section of the poster. */
    public record FollowSection(long posterId, String sectionId, String by) implements LiveEvent {
    }
}
