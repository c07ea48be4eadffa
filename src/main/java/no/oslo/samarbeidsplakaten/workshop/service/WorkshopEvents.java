package no.oslo.samarbeidsplakaten.workshop.service;

import java.util.List;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import org.springframework.modulith.NamedInterface;

/** Live events of a workshop. */
public final class WorkshopEvents {

    private WorkshopEvents() {
    }

    /** The workshop on a poster was opened or closed. */
    @NamedInterface("events")
    public record WorkshopChanged(long posterId, boolean open) implements LiveEvent {
    }

    /** Somebody came or went; the list also says which field each is in. */
    @NamedInterface("events")
    public record PresenceChanged(long posterId, List<PresenceService.Present> present) implements LiveEvent {

        /** Each node publishes its own, with the other nodes' people merged in ({@link PresenceService}). */
        @Override
        public boolean crossesNodes() {
            return false;
        }
    }

    /** An open question was added or resolved. */
    @NamedInterface("events")
    public record FlagsChanged(long posterId) implements LiveEvent {
    }

    /** Somebody without an account joined the workshop with its code. */
    @NamedInterface("events")
    public record GuestJoined(long posterId, String name, String roleTitle, Side side, String client) {
    }

    /** The facilitator brings everyone to a section of the poster. */
    @NamedInterface("events")
    public record FollowSection(long posterId, String sectionId, String by) implements LiveEvent {
    }
}
