package no.oslo.samarbeidsplakaten.workshop.service;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import no.oslo.samarbeidsplakaten.poster.domain.CellKind;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.security.service.Actor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;

/**
 * Who has a poster open right now, and which field each of them is editing. Kept in memory: presence is about
 * connected browsers, and a restart ends every connection anyway.
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

    private final Map<Long, Map<String, Present>> byPoster = new ConcurrentHashMap<>();
    private final Map<String, Long> posterByKey = new ConcurrentHashMap<>();
    private final Map<Long, Object> publishLocks = new ConcurrentHashMap<>();
    private final ApplicationEventPublisher events;

    PresenceService(ApplicationEventPublisher events) {
        this.events = events;
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

    /** The view with this key now edits the cell (null: no cell). */
    public void editing(String key, Long cellId) {
        Long posterId = posterByKey.get(key);
        if (posterId == null) {
            return;
        }
        var present = byPoster.get(posterId);
        if (present != null && present.computeIfPresent(key, (k, p) -> p.editing(cellId)) != null) {
            publish(posterId);
        }
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

    /** The poster a live presence key is on. */
    public Optional<Long> posterOf(String key) {
        return Optional.ofNullable(posterByKey.get(key));
    }

    public List<Present> present(long posterId) {
        return byPoster.getOrDefault(posterId, Map.of()).values().stream()
                .sorted(Comparator.comparing(Present::displayName).thenComparing(Present::key))
                .toList();
    }

    /** Ends every presence on the poster, e.g. for guests when the workshop closes. */
    public void leaveAllGuests(long posterId) {
        present(posterId).stream().filter(Present::guest).forEach(p -> leave(p.key()));
    }

    /**
     * Takes the snapshot and hands it to the broadcaster under one lock per poster, so everyone receives the
     * snapshots in the order they were taken and an older one never overwrites a newer one on screen.
     */
    private void publish(long posterId) {
        synchronized (publishLocks.computeIfAbsent(posterId, id -> new Object())) {
            events.publishEvent(new WorkshopEvents.PresenceChanged(posterId, present(posterId)));
        }
    }
}
