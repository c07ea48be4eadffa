package no.oslo.samarbeidsplakaten.base.live;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.shared.Registration;
import io.micrometer.core.instrument.DistributionSummary;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import jakarta.annotation.PreDestroy;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
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
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Fans live events out to everyone subscribed to a poster. Events published inside a transaction go out only after
 * it commits. Each subscriber gets its events in order, on a thread of the broadcaster's own, so no UI ever waits on
 * another UI's push. Events that one browser request causes (a text saved and its field left, say) go out together
 * when the request ends, so that each view takes them in one push. With more than one node, the {@link LiveRelay}
 * takes each event to the others, and this broadcaster fans out theirs here too.
 */
@Component
public class LiveBroadcaster {

    private static final Logger LOG = LoggerFactory.getLogger(LiveBroadcaster.class);

    private final Map<Long, Set<Subscriber>> subscribers = new ConcurrentHashMap<>();
    /** The events of the request this thread is handling, held until it ends; none outside a request. */
    private final ThreadLocal<List<LiveEvent>> heldForRequest = new ThreadLocal<>();
    private final ExecutorService executor = Executors.newVirtualThreadPerTaskExecutor();
    private final DistributionSummary fanOut;
    private final Timer delivery;
    private final LiveRelay relay;

    public LiveBroadcaster(MeterRegistry meters, LiveRelay relay) {
        this.relay = relay;
        relay.onMessage(LiveEvent.class, (node, event) -> fanOut(List.of(event)));
        fanOut = DistributionSummary.builder("samarbeidsplakaten.live.fanout")
                .description("Views an event of a poster goes out to").register(meters);
        delivery = Timer.builder("samarbeidsplakaten.live.delivery")
                .description("From commit to an event handed to one view (for a view: its UI.access queued)")
                .register(meters);
    }

    public Registration subscribe(long posterId, Consumer<LiveEvent> listener) {
        return subscribeToBatches(posterId, events -> eachOnItsOwn(events, listener, "A live listener failed on {}"));
    }

    /** Hands each event to the consumer; one that fails is logged and the others still go. */
    private static void eachOnItsOwn(List<LiveEvent> events, Consumer<LiveEvent> consumer, String failure) {
        for (LiveEvent event : events) {
            try {
                consumer.accept(event);
            } catch (RuntimeException e) {
                LOG.warn(failure, event, e);
            }
        }
    }

    /** @param listener gets the events that are there when it is its turn, in order, at least one */
    private Registration subscribeToBatches(long posterId, Consumer<List<LiveEvent>> listener) {
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
        return subscribeToBatches(posterId, events -> {
            var wanted = events.stream().filter(wants).toList();
            if (wanted.isEmpty()) {
                return;
            }
            try {
                // One access for all that came together: the browser gets them in one push.
                ui.access(() -> eachOnItsOwn(wanted, handler, "A view failed on {}"));
            } catch (UIDetachedException closed) {
                LOG.debug("Dropped {} for a closed view", wanted);
            }
        });
    }

    @TransactionalEventListener(fallbackExecution = true)
    public void broadcast(LiveEvent event) {
        var held = heldForRequest.get();
        if (held != null) {
            held.add(event);
        } else {
            fanOut(List.of(event));
        }
        if (event.crossesNodes()) {
            relay.send(event);
        }
    }

    /** This thread starts handling a browser's request: what it broadcasts waits for {@link #requestEnded()}. */
    void requestStarted() {
        requestEnded();
        heldForRequest.set(new ArrayList<>());
    }

    /** The request this thread handled is over: its events go out, together. */
    void requestEnded() {
        var held = heldForRequest.get();
        heldForRequest.remove();
        if (held != null && !held.isEmpty()) {
            fanOut(held);
        }
    }

    private void fanOut(List<LiveEvent> events) {
        long sent = System.nanoTime();
        events.stream().collect(Collectors.groupingBy(LiveEvent::posterId, LinkedHashMap::new, Collectors.toList()))
                .forEach((posterId, ofPoster) -> {
                    var audience = subscribers.getOrDefault(posterId, Set.of());
                    var pending = ofPoster.stream().map(event -> new Pending(event, sent)).toList();
                    pending.forEach(event -> fanOut.record(audience.size()));
                    for (Subscriber subscriber : audience) {
                        subscriber.deliver(pending);
                    }
                });
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

    /** Delivers one subscriber's events in the order they were broadcast, all that are waiting at once. */
    private final class Subscriber {
        private final Consumer<List<LiveEvent>> listener;
        private final Queue<Pending> queue = new ConcurrentLinkedQueue<>();
        private final AtomicBoolean draining = new AtomicBoolean();

        Subscriber(Consumer<List<LiveEvent>> listener) {
            this.listener = listener;
        }

        void deliver(List<Pending> events) {
            queue.addAll(events);
            if (draining.compareAndSet(false, true)) {
                executor.execute(this::drain);
            }
        }

        boolean isIdle() {
            return queue.isEmpty() && !draining.get();
        }

        private void drain() {
            do {
                var batch = new ArrayList<Pending>();
                Pending pending;
                while ((pending = queue.poll()) != null) {
                    batch.add(pending);
                }
                if (!batch.isEmpty()) {
                    try {
                        listener.accept(batch.stream().map(Pending::event).toList());
                    } catch (RuntimeException e) {
                        LOG.warn("A live listener failed on {}", batch, e);
                    }
                    long now = System.nanoTime();
                    batch.forEach(each -> delivery.record(now - each.sentNanos(), TimeUnit.NANOSECONDS));
                }
                draining.set(false);
            } while (!queue.isEmpty() && draining.compareAndSet(false, true));
        }
    }
}
