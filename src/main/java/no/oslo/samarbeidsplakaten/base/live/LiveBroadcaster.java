package no.oslo.samarbeidsplakaten.base.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.util.Map;
import java.util.Queue;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fans live events out to everyone subscribed to a poster. Events published inside a transaction go out only after
 * it commits. Each subscriber gets its events in order, on a thread of the broadcaster's own, so no UI ever waits on
 * another UI's push. With more than one node, the {@link LiveRelay} takes each event to the others, and this
 * broadcaster fans out theirs here too.
 */
@Component
public class LiveBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(LiveBroadcaster.class);

    private final Map<Long, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final DistributionSummary fanOut;
    private final Timer delivery;
    private final LiveRelay relay;

    public LiveBroadcaster(MeterRegistry meters, LiveRelay relay) {
        this.relay = relay;
        relay.onMessage(LiveEvent.class, (node, event) -> fanOut(event));
        fanOut = DistributionSummary.builder("samarbeidsplakaten.live.fanout")
                .description("Views an event of a poster goes out to").register(meters);
        delivery = Timer.builder("samarbeidsplakaten.live.delivery")
                .description("From commit to an event handed to one view (for a view: its UI.access queued)")
                .register(meters);
    }

    public Registration subscribe(long posterId, Consumer<LiveEvent> listener) {
        var subscriber = new Subscriber(listener);
        // Added inside compute, so it can never land in a set that a concurrent last unsubscribe has just dropped.
        subscribers.compute(posterId, (id, set) -> {
            Set<Subscriber> live = set == null ? ConcurrentHashMap.newKeySet() : set;
            live.add(subscriber);
            return live;
        });
        return () -> subscribers.computeIfPresent(posterId, (id, set) -> {
            set.remove(subscriber);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * Subscribes a view: its handler runs inside {@code ui.access}, so it may change components, and the change is
     * pushed to that browser. Events for a view that has gone away meanwhile are dropped.
     */
    public Registration subscribe(UI ui, long posterId, Consumer<LiveEvent> handler) {
        return subscribe(ui, posterId, event -> true, handler);
    }

    /**
     * Subscribes a view to the events it {@code wants}; the others never take its session's lock, which matters for
     * events as frequent as keystrokes.
     */
    public Registration subscribe(UI ui, long posterId, Predicate<LiveEvent> wants, Consumer<LiveEvent> handler) {
        return subscribe(posterId, event -> {
            if (!wants.test(event)) {
                return;
            }
            try {
                ui.access(() -> handler.accept(event));
            } catch (UIDetachedException closed) {
                LOG.debug("Dropped {} for a closed view", event);
            }
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void broadcast(LiveEvent event) {
        fanOut(event);
        if (event.crossesNodes()) {
            relay.send(event);
        }
    }

    private void fanOut(LiveEvent event) {
        var audience = subscribers.getOrDefault(event.posterId(), Set.of());
        fanOut.record(audience.size());
        long sent = System.nanoTime();
        for (Subscriber subscriber : audience) {
            subscriber.deliver(new Pending(event, sent));
        }
    }

    private record Pending(LiveEvent event, long sentNanos) {
    }

    /** Whether every event broadcast so far has been handed to its subscribers, e.g. for a test to wait on. */
    public boolean isIdle() {
        return subscribers.values().stream().flatMap(Set::stream).allMatch(Subscriber::isIdle);
    }

    public int subscriberCount(long posterId) {
        return subscribers.getOrDefault(posterId, Set.of()).size();
    }

    @PreDestroy
    void shutdown() {
        executor.shutdownNow();
    }

    /** Delivers one subscriber's events one at a time, in the order they were broadcast. */
    private final class Subscriber {
        private final Consumer<LiveEvent> listener;
        private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean draining = new AtomicBoolean();

        Subscriber(Consumer<LiveEvent> listener) {
            this.listener = listener;
        }

        void deliver(Pending event) {
            queue.add(event);
            if (draining.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }

        boolean isIdle() {
            return queue.isEmpty() && !draining.get();
        }

        private void drain() {
            do {
                Pending pending;
                while ((pending = queue.poll()) != null) {
                    try {
                        listener.accept(pending.event());
                    } catch (RuntimeException e) {
                        LOG.warn("A live listener failed on {}", pending.event(), e);
                    }
                    delivery.record(System.nanoTime() - pending.sentNanos(), TimeUnit.NANOSECONDS);
                }
                draining.set(false);
            } while (!queue.isEmpty() && draining.compareAndSet(false, true));
        }
    }
}
