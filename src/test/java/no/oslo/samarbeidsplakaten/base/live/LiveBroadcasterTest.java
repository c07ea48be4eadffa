package no.oslo.samarbeidsplakaten.base.live;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.Command;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinService;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.Future;
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

    @Test
    void whatOneRequestCausesReachesEachViewInOneAccessWhenTheRequestEnds() throws Exception {
        var broadcaster = new LiveBroadcaster(new SimpleMeterRegistry(), new LiveRelay(new DataSourceProperties()));
        try {
            var serviceInit = new ServiceInitEvent(mock(VaadinService.class));
            new RequestBatching(broadcaster).serviceInit(serviceInit);
            var requests = serviceInit.getAddedVaadinRequestInterceptor().toList();
            assertThat(requests).as("the app's requests are watched").hasSize(1);
            var view = new CountingUi();
            List<Long> seen = Collections.synchronizedList(new ArrayList<>());
            record Numbered(long posterId, long number) implements LiveEvent {
            }
            broadcaster.subscribe(view, 7, event -> true, event -> seen.add(((Numbered) event).number()));

            requests.getFirst().requestStart(null, null);
            broadcaster.broadcast(new Numbered(7, 1));
            broadcaster.broadcast(new Numbered(7, 2));
            Thread.sleep(200);
            assertThat(seen).as("nothing goes out while the request is handled").isEmpty();
            requests.getFirst().requestEnd(null, null, null);
            waitFor(() -> seen.size() == 2);
            assertThat(seen).containsExactly(1L, 2L);
            assertThat(view.accesses.get()).as("one push for the saved text and the field left").isEqualTo(1);

            broadcaster.broadcast(new Numbered(7, 3));
            waitFor(() -> seen.size() == 3);
            assertThat(seen).as("outside a request an event goes at once").containsExactly(1L, 2L, 3L);
            assertThat(view.accesses.get()).isEqualTo(2);
        } finally {
            broadcaster.shutdown();
        }
    }

    /** A view whose pushes are counted: each access runs at once, as for a view whose session is free. */
    private static final class CountingUi extends UI {
        private final AtomicInteger accesses = new AtomicInteger();

        @Override
        public Future<Void> access(Command command) {
            accesses.incrementAndGet();
            command.execute();
            return CompletableFuture.completedFuture(null);
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
