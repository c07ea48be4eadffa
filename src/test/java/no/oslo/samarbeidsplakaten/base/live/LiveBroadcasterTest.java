package no.oslo.samarbeidsplakaten.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/** The broadcaster on its own: nobody who subscribes is ever left deaf, whatever others do at the same moment. */
class LiveBroadcasterTest {

    record Ping(long posterId) implements LiveEvent {
    }

    @Test
    void aSubscriberArrivingAsTheLastOneLeavesStillHearsEverything() throws Exception {
        var broadcaster = new LiveBroadcaster(new SimpleMeterRegistry(), new LiveRelay(new DataSourceProperties()));
        try {
            for (int round = 0; round < 2_000; round++) {
                long posterId = round;
                var leaving = broadcaster.subscribe(posterId, event -> { });
                var heard = new AtomicInteger();
                var start = new CyclicBarrier(2);
                Thread leaver = Thread.ofPlatform().start(() -> {
                    await(start);
                    leaving.remove();
                });
                await(start);
                var registration = broadcaster.subscribe(posterId, event -> heard.incrementAndGet());
                leaver.join();
                assertThat(broadcaster.subscriberCount(posterId)).as("round %d", round).isEqualTo(1);
                var delivered = new CountDownLatch(1);
                broadcaster.subscribe(posterId, event -> delivered.countDown());
                broadcaster.broadcast(new Ping(posterId));
                assertThat(delivered.await(5, TimeUnit.SECONDS)).isTrue();
                waitFor(() -> heard.get() == 1);
                assertThat(heard.get()).as("round %d: the new subscriber hears the event", round).isEqualTo(1);
                registration.remove();
            }
        } finally {
            broadcaster.shutdown();
        }
    }

    @Test
    void eachSubscriberGetsEventsInTheOrderTheyWereBroadcast() throws Exception {
        var broadcaster = new LiveBroadcaster(new SimpleMeterRegistry(), new LiveRelay(new DataSourceProperties()));
        try {
            List<Long> seen = java.util.Collections.synchronizedList(new ArrayList<>());
            record Numbered(long posterId, long number) implements LiveEvent {
            }
            var done = new CountDownLatch(1);
            broadcaster.subscribe(7, event -> {
                seen.add(((Numbered) event).number());
                if (seen.size() == 1_000) {
                    done.countDown();
                }
            });
            for (long i = 0; i < 1_000; i++) {
                broadcaster.broadcast(new Numbered(7, i));
            }
            assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
            assertThat(seen).isSorted().hasSize(1_000);
        } finally {
            broadcaster.shutdown();
        }
    }

    private static void await(CyclicBarrier barrier) {
        try {
            barrier.await();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static void waitFor(java.util.function.BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + TimeUnit.SECONDS.toNanos(5);
        while (!condition.getAsBoolean() && System.nanoTime() < until) {
            Thread.sleep(1);
        }
    }
}
