package no.oslo.samarbeidsplakaten.base.live;

/** Something that happened on a poster which everyone looking at it should see at once. */
public interface LiveEvent {

    long posterId();

    /**
     * Whether the other nodes of the app get this event as it is (see {@link LiveRelay}); an event that holds only
     * this node's view of things (who is present here) says no and is shared its own way.
     */
    default boolean crossesNodes() {
        return true;
    }
}
