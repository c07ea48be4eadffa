package no.oslo.samarbeidsplakaten.base.live;

/** Something that happened on a poster which everyone looking at it should see at once. */
public interface LiveEvent {

    long posterId();
}
