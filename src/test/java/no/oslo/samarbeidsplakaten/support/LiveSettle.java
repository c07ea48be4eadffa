package no.oslo.samarbeidsplakaten.support;

import no.oslo.samarbeidsplakaten.base.live.LiveBroadcaster;

/** Lets live events reach browserless views: the broadcaster hands them out on its own threads, then a round trip runs them. */
public final class LiveSettle {

    private LiveSettle() {
    }

    /** @param roundTrip the browserless test's {@code roundTrip}, which runs the views' pending {@code UI.access} tasks */
    public static void settle(LiveBroadcaster broadcaster, Runnable roundTrip) {
        // An event handled in one pass may cause another (a reload publishes nothing, but a refresh may): three passes.
        for (int pass = 0; pass < 3; pass++) {
            long until = System.nanoTime() + 5_000_000_000L;
            while (!broadcaster.isIdle() && System.nanoTime() < until) {
                Thread.onSpinWait();
            }
            roundTrip.run();
        }
    }
}
