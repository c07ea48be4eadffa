package no.oslo.samarbeidsplakaten.workshop.service;

import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import no.oslo.samarbeidsplakaten.base.live.LiveRelay;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.CellChanged;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.Typing;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopEvents.PresenceChanged;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.handler.ConcurrentWebSocketSessionDecorator;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live preview of what people type, as fast as the room types: each open editor tab holds one socket, addressed by
 * its random presence key, and sends the text of the field it types in on every keystroke; the socket hands it
 * straight to the other tabs on the poster, whose browsers show it under the field. No Vaadin session is locked and no
 * database touched on the way, and a slow tab only drops previews of its own. The note is also published as a
 * {@link Typing} event, for the typist's own view and the projector; with several nodes that event reaches the others,
 * and each hands a typist's notes from another node to its own tabs on the poster. A saved value takes the same road
 * to the tabs, so it is in the others' fields as fast as the preview before it was. Which field each person is in
 * travels on the socket as well: a tab says when it moves, and every tab on the poster hears where the others are.
 */
@Component
class TypingSocket extends TextWebSocketHandler {

    static final String PATH = "/presence/live/";
    private static final Logger LOG = LoggerFactory.getLogger(TypingSocket.class);
    private static final int SEND_TIME_LIMIT_MS = 2_000;
    private static final int BUFFER_LIMIT_BYTES = 256 * 1024;
    /** Session attributes, set once the key is found live: the key the tab speaks for, and its poster. */
    private static final String KEY = "presenceKey";
    private static final String POSTER = "posterId";

    /**
     * What a tab sends: the text in one field as it stands, {@code done} when the typist left the field; or, with
     * {@code in} set, that the tab moved into the field or out of it.
     */
    record Note(long cell, @Nullable String text, boolean done, @Nullable Boolean in) {
    }

    /** Where the others on the poster are, all of them, to mark their fields. */
    record Editors(List<Editor> editors) {
    }

    /** Somebody else in a field; {@code colour} is one of {@link PresenceService#COLOURS}. */
    record Editor(long cell, String name, int colour) {
    }

    /** What the others get; {@code from} tells the typists apart without giving away their keys. */
    record Preview(String from, long cell, String author, String text, boolean done) {
    }

    /**
     * A value as committed: the others' browsers show it at once in the field, where nobody there is changing it,
     * ahead of the push that brings the same value to their views.
     */
    record Saved(long cell, String value, long revision, boolean saved) {
    }

    /** A typist's socket closed: their previews go. */
    record Left(String from, boolean left) {
    }

    /** A typist's tab on this node closed: the other nodes' tabs drop their previews too. */
    record TypistLeft(long posterId, String from) {
    }

    private final PresenceService presence;
    private final JsonMapper json;
    private final LiveRelay relay;
    /** Other nodes' notes, handed to this node's tabs in the order they came. */
    private final ExecutorService forwarding = Executors.newSingleThreadExecutor(Thread.ofVirtual().factory());
    private final Map<Long, Map<String, WebSocketSession>> byPoster = new ConcurrentHashMap<>();

    TypingSocket(PresenceService presence, JsonMapper json, LiveRelay relay) {
        this.presence = presence;
        this.json = json;
        this.relay = relay;
        // Handed on off the relay's listening thread: a tab that reads slowly must not hold up other nodes' events.
        relay.onMessage(Typing.class, (node, typing) -> forwarding.execute(() -> sendToAll(typing.posterId(),
                new Preview(fromOtherNode(typing.presenceKey()), typing.cellId(), typing.author(), typing.text(),
                        typing.done()))));
        relay.onMessage(CellChanged.class, (node, change) -> forwarding.execute(() -> saved(change)));
        relay.onMessage(TypistLeft.class, (node, left) -> forwarding.execute(() -> sendToAll(left.posterId(),
                new Left(left.from(), true))));
    }

    /** After the commit, on the saving thread, before the views' own live event goes out. */
    @TransactionalEventListener(fallbackExecution = true)
    @Order(Ordered.HIGHEST_PRECEDENCE)
    void saved(CellChanged change) {
        sendToAll(change.posterId(), new Saved(change.cellId(), change.value(), change.revision(), true));
    }

    @Override
    public void afterConnectionEstablished(WebSocketSession session) throws IOException {
        Optional<String> key = keyOf(session);
        Optional<Long> poster = key.flatMap(presence::posterOf);
        if (poster.isEmpty()) {
            session.close(CloseStatus.POLICY_VIOLATION);
            return;
        }
        session.getAttributes().put(KEY, key.get());
        session.getAttributes().put(POSTER, poster.get());
        byPoster.computeIfAbsent(poster.get(), id -> new ConcurrentHashMap<>())
                .put(session.getId(), new ConcurrentWebSocketSessionDecorator(session, SEND_TIME_LIMIT_MS,
                        BUFFER_LIMIT_BYTES, ConcurrentWebSocketSessionDecorator.OverflowStrategy.DROP));
        presence.retell(poster.get());
    }

    /** In order with every other move on the poster: the presence publishes under its lock. */
    @EventListener
    void moved(PresenceService.EditorsMoved moved) {
        showEditors(moved.posterId(), moved.present());
    }

    @EventListener
    void cameOrWent(PresenceChanged change) {
        showEditors(change.posterId(), change.present());
    }

    private void showEditors(long posterId, List<PresenceService.Present> present) {
        byPoster.getOrDefault(posterId, Map.of()).forEach((id, tab) -> {
            var others = present.stream()
                    .filter(p -> p.editingCellId() != null && !p.key().equals(tab.getAttributes().get(KEY)))
                    .map(p -> new Editor(p.editingCellId(), p.displayName(), p.colour()))
                    .toList();
            send(id, tab, new TextMessage(json.writeValueAsString(new Editors(others))));
        });
    }

    @Override
    protected void handleTextMessage(WebSocketSession session, TextMessage message) throws IOException {
        Note note;
        try {
            note = json.readValue(message.getPayload(), Note.class);
        } catch (JacksonException malformed) {
            session.close(CloseStatus.BAD_DATA);
            return;
        }
        if (!(session.getAttributes().get(KEY) instanceof String key)) {
            session.close(CloseStatus.POLICY_VIOLATION);
            return;
        }
        if (note.in() != null) {
            if (!presence.editing(key, note.cell(), note.in())) {
                session.close(CloseStatus.POLICY_VIOLATION);
            }
            return;
        }
        Optional<Typing> typing = note.text() == null ? Optional.empty()
                : presence.typing(key, note.cell(), note.text(), note.done());
        if (typing.isEmpty()) {
            // The presence has ended (the view left the poster): the socket has nothing more to say.
            session.close(CloseStatus.POLICY_VIOLATION);
            return;
        }
        var shown = typing.get();
        sendToOthers(session, new Preview(session.getId(), shown.cellId(), shown.author(), shown.text(),
                shown.done()));
    }

    @Override
    public void afterConnectionClosed(WebSocketSession session, CloseStatus status) {
        if (!(session.getAttributes().get(POSTER) instanceof Long posterId)) {
            return;
        }
        byPoster.computeIfPresent(posterId, (id, sessions) -> {
            sessions.remove(session.getId());
            return sessions.isEmpty() ? null : sessions;
        });
        sendToOthers(session, new Left(session.getId(), true));
        if (session.getAttributes().get(KEY) instanceof String key) {
            relay.send(new TypistLeft(posterId, fromOtherNode(key)));
        }
    }

    /** How many tabs on the poster have an open preview socket. */
    int tabsOn(long posterId) {
        return byPoster.getOrDefault(posterId, Map.of()).size();
    }

    private void sendToOthers(WebSocketSession from, Object payload) {
        send((Long) from.getAttributes().get(POSTER), from.getId(), payload);
    }

    private void sendToAll(long posterId, Object payload) {
        send(posterId, null, payload);
    }

    private void send(long posterId, @Nullable String exceptSession, Object payload) {
        var message = new TextMessage(json.writeValueAsString(payload));
        byPoster.getOrDefault(posterId, Map.of()).forEach((id, other) -> {
            if (!id.equals(exceptSession)) {
                send(id, other, message);
            }
        });
    }

    private static void send(String id, WebSocketSession tab, TextMessage message) {
        if (tab.isOpen()) {
            try {
                tab.sendMessage(message);
            } catch (IOException | IllegalStateException gone) {
                LOG.debug("A note did not reach tab {}: {}", id, gone.getMessage());
            }
        }
    }

    /** Tells a typist on another node apart without giving their presence key, which is their capability, away. */
    private static String fromOtherNode(String presenceKey) {
        return "node-" + UUID.nameUUIDFromBytes(presenceKey.getBytes(StandardCharsets.UTF_8));
    }

    private static Optional<String> keyOf(WebSocketSession session) {
        URI uri = session.getUri();
        if (uri == null) {
            return Optional.empty();
        }
        String path = uri.getPath();
        return Optional.of(path.substring(path.lastIndexOf('/') + 1)).filter(key -> !key.isBlank());
    }

    @Configuration
    @EnableWebSocket
    static class Registration implements WebSocketConfigurer {

        private final TypingSocket socket;

        Registration(TypingSocket socket) {
            this.socket = socket;
        }

        @Override
        public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
            // Same origin only: the page that holds the key is this app's own.
            registry.addHandler(socket, PATH + "*");
        }
    }
}
