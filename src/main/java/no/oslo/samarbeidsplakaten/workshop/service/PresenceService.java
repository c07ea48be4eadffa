package no.oslo.samarbeidsplakaten.workshop.service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import no.oslo.samarbeidsplakaten.base.live.LiveRelay;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.security.service.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Service;

/**
 * Who has a poster open right now, and which field each of them is editing. Kept in memory: presence is about
 * connected browsers, and a restart ends every connection anyway. With several nodes each keeps its own people and
 * tells the others over the {@link LiveRelay} whenever they change and every few seconds; what a node has not heard
 * from another for a while (it stopped, or lost its database) is forgotten. People coming and going is a live event
 * for every open view; who moved to which field only goes to the tabs' preview sockets ({@link EditorsMoved}), as it
 * changes with every step through the form and needs no view on the server.
 */
@Service
public class PresenceService {

    /** Distinct outline colours for who-edits-what; each has AA contrast on white. */
    public static final int COLOURS = 8;

    /** One open view of the poster. */
    public record Present(String key, String actorKey, String displayName, String roleTitle, Side side,
            boolean guest, int colour, Long editingCellId) {

        Present editing(Long cellId) {
            return new Present(key, actorKey, displayName, roleTitle, side, guest, colour, cellId);
        }

        /** The name written on what this person does, the same as on their saved changes. */
        String authorName() {
            return new Actor(actorKey, displayName, roleTitle, side, guest).authorName();
        }
    }

    /** Somebody on the poster moved into or out of a field; {@code present} is everyone on it now. */
    record EditorsMoved(long posterId, List<Present> present) {
    }

    /** Who is on a poster through one node, as that node tells the others. */
    public record NodePresence(long posterId, List<Present> present) {
    }

    private record Heard(List<Present> present, Instant at) {
    }

    /** Four announcements missed: that node is gone. */
    static final Duration FORGET_AFTER = Duration.ofSeconds(20);

    private final Map<Long, Map<String, Present>> byPoster = new ConcurrentHashMap<>();
    private final Map<String, Long> posterByKey = new ConcurrentHashMap<>();
    /** What the other nodes last said, by poster and node. */
    private final Map<Long, Map<String, Heard>> otherNodes = new ConcurrentHashMap<>();
    private final Map<Long, Object> publishLocks = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;
    private final LiveRelay relay;
    private final Clock clock;

    PresenceService(ApplicationEventPublisher events, LiveRelay relay, Clock clock) {
        this.events = events;
        this.relay = relay;
        this.clock = clock;
        relay.onMessage(NodePresence.class, this::heard);
    }

    /** @return the key of this view's presence, unguessable, to pass to {@link #leave} */
    public String join(long posterId, Actor actor) {
        String key = UUID.randomUUID().toString();
        int colour = Math.floorMod(actor.key().hashCode(), COLOURS);
        byPoster.computeIfAbsent(posterId, id -> new ConcurrentHashMap<>())
                .put(key, new Present(key, actor.key(), actor.displayName(), actor.roleTitle(), actor.side(),
                        actor.guest(), colour, null));
        posterByKey.put(key, posterId);
        publish(posterId);
        return key;
    }

    public void leave(String key) {
        Long posterId = posterByKey.remove(key);
        if (posterId == null) {
            return;
        }
        byPoster.computeIfPresent(posterId, (id, present) -> {
            present.remove(key);
            return present.isEmpty() ? null : present;
        });
        publish(posterId);
    }

    /**
     * The view with this key is now in the cell ({@code in}), or has left it. Leaving a cell it is no longer in (it
     * moved on already) changes nothing.
     *
     * @return false if the key is not live
     */
    boolean editing(String key, long cellId, boolean in) {
        Long posterId = posterByKey.get(key);
        var present = posterId == null ? null : byPoster.get(posterId);
        if (present == null) {
            return false;
        }
        var before = present.get(key);
        var after = present.computeIfPresent(key, (k, p) -> in ? p.editing(cellId)
                : Objects.equals(p.editingCellId(), cellId) ? p.editing(null) : p);
        if (after == null) {
            return false;
        }
        if (!after.equals(before)) {
            publish(posterId, true, false);
        }
        return true;
    }

    /**
     * Tells the others on the poster what the person of this presence is typing in a cell, before it is saved.
     * Nothing is written. The key is the capability: only the view it was issued to knows it, and that view loaded the
     * poster through the guarded services.
     *
     * @return the note as published, empty if the key is not live
     */
    public Optional<PosterEvents.Typing> typing(String key, long cellId, String text, boolean done) {
        Long posterId = posterByKey.get(key);
        var present = posterId == null ? null : byPoster.getOrDefault(posterId, Map.of()).get(key);
        if (present == null) {
            return Optional.empty();
        }
        String preview = text.length() > CellKind.MAX_TEXT_LENGTH ? text.substring(0, CellKind.MAX_TEXT_LENGTH) : text;
        var typing = new PosterEvents.Typing(posterId, cellId, done ? "" : preview, present.authorName(), key, done);
        events.publishEvent(typing);
        return Optional.of(typing);
    }

    /** Tells the tabs on the poster again where everyone is, in order with every move, e.g. for a tab just opened. */
    void retell(long posterId) {
        publish(posterId, false, false);
    }

    /** The poster a live presence key is on. */
    public Optional<Long> posterOf(String key) {
        return Optional.ofNullable(posterByKey.get(key));
    }

    /** Everyone on the poster, through this node and the others. */
    public List<Present> present(long posterId) {
        Instant forgotten = clock.instant().minus(FORGET_AFTER);
        return Stream.concat(here(posterId).stream(), otherNodes.getOrDefault(posterId, Map.of()).values().stream()
                        .filter(heard -> heard.at().isAfter(forgotten)).flatMap(heard -> heard.present().stream()))
                .sorted(Comparator.comparing(Present::displayName).thenComparing(Present::key))
                .toList();
    }

    private List<Present> here(long posterId) {
        return List.copyOf(byPoster.getOrDefault(posterId, Map.of()).values());
    }

    /** Ends the presence of every guest on the poster through this node, e.g. when the workshop closes. */
    public void leaveAllGuests(long posterId) {
        here(posterId).stream().filter(Present::guest).forEach(p -> leave(p.key()));
    }

    /** Tells the other nodes again who is here, and forgets what a silent node said. */
    @Scheduled(fixedDelay = 5, timeUnit = TimeUnit.SECONDS)
    void announce() {
        if (!relay.isActive()) {
            return;
        }
        byPoster.keySet().forEach(posterId -> relay.send(new NodePresence(posterId, here(posterId))));
        Instant forgotten = clock.instant().minus(FORGET_AFTER);
        otherNodes.forEach((posterId, nodes) -> {
            if (nodes.values().removeIf(heard -> !heard.at().isAfter(forgotten))) {
                publish(posterId, false, true);
            }
        });
    }

    private void heard(String node, NodePresence presence) {
        var nodes = otherNodes.computeIfAbsent(presence.posterId(), id -> new ConcurrentHashMap<>());
        var before = nodes.get(node);
        if (presence.present().isEmpty()) {
            nodes.remove(node);
        } else {
            nodes.put(node, new Heard(presence.present(), clock.instant()));
        }
        var was = before == null ? List.<Present>of() : before.present();
        if (!was.equals(presence.present())) {
            publish(presence.posterId(), false, !keys(was).equals(keys(presence.present())));
        }
    }

    private static List<String> keys(List<Present> present) {
        return present.stream().map(Present::key).toList();
    }

    private void publish(long posterId) {
        publish(posterId, true, true);
    }

    /**
     * Takes the snapshot and hands it on under one lock per poster, so everyone receives the snapshots in the order
     * they were taken and an older one never overwrites a newer one on screen.
     *
     * @param peopleChanged somebody came or went, which every view shows; otherwise only somebody's field changed
     */
    private void publish(long posterId, boolean changedHere, boolean peopleChanged) {
        synchronized (publishLocks.computeIfAbsent(posterId, id -> new Object())) {
            if (changedHere) {
                relay.send(new NodePresence(posterId, here(posterId)));
            }
            var present = present(posterId);
            events.publishEvent(peopleChanged ? new WorkshopEvents.PresenceChanged(posterId, present)
                    : new EditorsMoved(posterId, present));
        }
    }
}
