package no.oslo.samarbeidsplakaten.workshop.service;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import no.oslo.samarbeidsplakaten.base.live.LiveBroadcaster;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.base.live.LiveRelay;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.security.service.Actor;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopEvents.PresenceChanged;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/** People joining, editing and leaving at the same moment: everyone ends up seeing who is really there. */
class PresenceOrderTest {

    @Test
    void theLastSnapshotAViewReceivesIsWhoIsThereNow() throws Exception {
        var broadcaster = new LiveBroadcaster(new SimpleMeterRegistry(), new LiveRelay(new DataSourceProperties()));
        var presence = new PresenceService(event -> {
            if (event instanceof LiveEvent live) {
                broadcaster.broadcast(live);
            }
        },
                new LiveRelay(new DataSourceProperties()), Clock.systemUTC());
        long posterId = 1;
        var last = new AtomicReference<List<PresenceService.Present>>();
        broadcaster.subscribe(posterId, event -> {
            if (event instanceof PresenceChanged change) {
                last.set(change.present());
            }
        });
        int threads = 8;
        var start = new CountDownLatch(1);
        List<Thread> workers = new ArrayList<>();
        for (int t = 0; t < threads; t++) {
            int worker = t;
            workers.add(Thread.ofPlatform().start(() -> {
                try {
                    start.await();
                } catch (InterruptedException e) {
                    return;
                }
                for (int i = 0; i < 300; i++) {
                    var actor = new Actor("user:" + worker, "Deltaker " + worker, "Rådgiver", Side.AGENCY, false);
                    String key = presence.join(posterId, actor);
                    presence.editing(key, i, true);
                    if (i % 3 != 0 || i == 299) {
                        presence.leave(key);
                    }
                }
            }));
        }
        start.countDown();
        for (Thread worker : workers) {
            worker.join();
        }
        long until = System.nanoTime() + 5_000_000_000L;
        while (!broadcaster.isIdle() && System.nanoTime() < until) {
            Thread.sleep(1);
        }
        assertThat(last.get()).as("the snapshot shown last").isEqualTo(presence.present(posterId));
    }
}
