package no.oslo.samarbeidsplakaten.workshop.service;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import no.oslo.samarbeidsplakaten.base.live.LiveBroadcaster;
import no.oslo.samarbeidsplakaten.base.live.LiveEvent;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.security.domain.Side;
import no.oslo.samarbeidsplakaten.security.service.Actor;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.support.TransactionTemplate;
import org.springframework.web.socket.CloseStatus;
import org.springframework.web.socket.TextMessage;
import org.springframework.web.socket.WebSocketSession;
import org.springframework.web.socket.client.standard.StandardWebSocketClient;
import org.springframework.web.socket.handler.TextWebSocketHandler;
import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The preview socket: what one tab types reaches the other tabs on the same poster, and nobody else; what is saved
 * reaches every tab on the poster once it has committed; every tab hears which field each of the others is in.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TypingSocketTest {

    private static final long POSTER = 910_001L;
    private static final long OTHER_POSTER = 910_002L;

    @LocalServerPort
    int port;

    @Autowired
    PresenceService presence;

    @Autowired
    JsonMapper json;

    @Autowired
    TypingSocket socket;

    @Autowired
    TestData testData;

    @Autowired
    PosterQueries posters;

    @Autowired
    CellEditing cells;

    @Autowired
    TransactionTemplate transactions;

    @Autowired
    LiveBroadcaster broadcaster;

    private final StandardWebSocketClient client = new StandardWebSocketClient();

    @Test
    void everyTabHearsWhichFieldTheOthersAreInWithoutWakingTheViews() throws Exception {
        var kari = new Actor("kari", "Kari Nordmann", "Kommunaldirektør", Side.DEPARTMENT, false);
        String kariKey = presence.join(POSTER, kari);
        var kariTab = new Tab(kariKey);
        var perTab = new Tab(presence.join(POSTER, new Actor("per", "Per Hansen", "Etatssjef", Side.AGENCY, false)));
        var otherTab = new Tab(presence.join(OTHER_POSTER, new Actor("ola", "Ola", "Rådgiver", Side.AGENCY, false)));
        awaitTabs(POSTER, 2);
        awaitTabs(OTHER_POSTER, 1);
        var viewsTold = new LinkedBlockingQueue<LiveEvent>();
        var views = broadcaster.subscribe(POSTER, viewsTold::add);
        Tab later = null;
        try {
            kariTab.editors.clear();
            perTab.editors.clear();
            otherTab.editors.clear();

            kariTab.send("{\"cell\": 42, \"text\": null, \"done\": false, \"in\": true}");
            assertThat(perTab.nextEditors()).as("Per's tab").isEqualTo(List.of(
                    Map.of("cell", 42, "name", "Kari Nordmann", "colour", Math.floorMod(kari.key().hashCode(), PresenceService.COLOURS))));
            assertThat(kariTab.nextEditors()).as("Kari's own tab: nobody else is in a field").isEmpty();

            // A tab opened later is told at once.
            later = new Tab(presence.join(POSTER, new Actor("per", "Per Hansen", "Etatssjef", Side.AGENCY, false)));
            assertThat(later.nextEditors()).extracting(editor -> editor.get("cell")).containsExactly(42);
            awaitIdle();
            viewsTold.clear();

            kariTab.send("{\"cell\": 43, \"text\": null, \"done\": false, \"in\": true}");
            assertThat(perTab.lastEditors()).extracting(editor -> editor.get("cell")).containsExactly(43);
            // Leaving a field she has already moved on from changes nothing.
            kariTab.send("{\"cell\": 42, \"text\": null, \"done\": false, \"in\": false}");
            assertThat(perTab.editors.poll(300, TimeUnit.MILLISECONDS)).isNull();
            kariTab.send("{\"cell\": 43, \"text\": null, \"done\": false, \"in\": false}");
            assertThat(perTab.lastEditors()).as("Kari is in no field").isEmpty();

            awaitIdle();
            assertThat(viewsTold).as("moving between fields is news for the tabs only, not for the views").isEmpty();
            assertThat(otherTab.editors).as("a tab on another poster").isEmpty();

            // Kari comes back into a field and then leaves the poster: her outline goes with her.
            kariTab.send("{\"cell\": 44, \"text\": null, \"done\": false, \"in\": true}");
            assertThat(perTab.lastEditors()).extracting(editor -> editor.get("cell")).containsExactly(44);
            presence.leave(kariKey);
            assertThat(perTab.lastEditors()).isEmpty();
        } finally {
            views.remove();
            kariTab.session.close();
            perTab.session.close();
            otherTab.session.close();
            if (later != null) {
                later.session.close();
            }
        }
    }

    @Test
    void whatOneTabTypesReachesTheOtherTabsOnThePosterMarkedWithTheTypistsName() throws Exception {
        String kari = presence.join(POSTER, new Actor("kari", "Kari Nordmann", "Kommunaldirektør", Side.DEPARTMENT,
                false));
        String per = presence.join(POSTER, new Actor("per", "Per Hansen", "Etatssjef", Side.AGENCY, false));
        String elsewhere = presence.join(OTHER_POSTER, new Actor("ola", "Ola", "Rådgiver", Side.AGENCY, false));
        var kariTab = new Tab(kari);
        var perTab = new Tab(per);
        var otherTab = new Tab(elsewhere);
        awaitTabs(POSTER, 2);
        awaitTabs(OTHER_POSTER, 1);
        try {
            kariTab.send("{\"cell\": 42, \"text\": \"Styringssignaler skrives n\", \"done\": false}");

            JsonNode seen = perTab.next();
            assertThat(seen.get("cell").asLong()).isEqualTo(42);
            assertThat(seen.get("text").asString()).isEqualTo("Styringssignaler skrives n");
            assertThat(seen.get("author").asString()).isEqualTo("Kari Nordmann (Kommunaldirektør)");
            assertThat(seen.get("done").asBoolean()).isFalse();
            // The others tell typists apart without learning their keys, which would let them act as them.
            assertThat(seen.get("from").asString()).isNotBlank().isNotEqualTo(kari);
            assertThat(seen.toString()).doesNotContain(kari);

            kariTab.send("{\"cell\": 42, \"text\": \"\", \"done\": true}");
            assertThat(perTab.next().get("done").asBoolean()).isTrue();
            assertThat(kariTab.received.poll(300, TimeUnit.MILLISECONDS)).as("the typist's own tab").isNull();
            assertThat(otherTab.received.poll(300, TimeUnit.MILLISECONDS)).as("a tab on another poster").isNull();

            // Kari's tab closes: Per's browser drops whatever preview it still shows from her.
            String from = seen.get("from").asString();
            kariTab.session.close();
            JsonNode left = perTab.next();
            assertThat(left.get("left").asBoolean()).isTrue();
            assertThat(left.get("from").asString()).isEqualTo(from);
        } finally {
            perTab.session.close();
            otherTab.session.close();
        }
    }

    @Test
    void aCommittedValueGoesToEveryTabOnThePosterAndARolledBackOneToNone() throws Exception {
        long posterId = testData.freshMosBymPoster();
        var signals = testData.fetchAs("kari", () -> posters.load(posterId)).section(SectionField.SIGNALS);
        var kariTab = new Tab(presence.join(posterId, new Actor("kari", "Kari Nordmann", "Kommunaldirektør",
                Side.DEPARTMENT, false)));
        var perTab = new Tab(presence.join(posterId, new Actor("per", "Per Hansen", "Etatssjef", Side.AGENCY,
                false)));
        var otherTab = new Tab(presence.join(OTHER_POSTER, new Actor("ola", "Ola", "Rådgiver", Side.AGENCY, false)));
        awaitTabs(posterId, 2);
        awaitTabs(OTHER_POSTER, 1);
        try {
            // A save inside a transaction that rolls back tells nobody.
            testData.as("per", () -> transactions.executeWithoutResult(status -> {
                cells.updateCell(posterId, signals.id(), signals.revision(), "Skrevet, så rullet tilbake");
                status.setRollbackOnly();
            }));
            var write = testData.fetchAs("per",
                    () -> cells.updateCell(posterId, signals.id(), signals.revision(), "Avtalt tekst"));

            // The writer's own tab gets it as well: its browser shows it only where nothing of its own waits.
            for (Tab tab : new Tab[] {kariTab, perTab}) {
                JsonNode note = tab.next();
                assertThat(note.get("saved").asBoolean()).isTrue();
                assertThat(note.get("cell").asLong()).isEqualTo(signals.id());
                assertThat(note.get("value").asString()).as("only what committed").isEqualTo("Avtalt tekst");
                assertThat(note.get("revision").asLong()).isEqualTo(write.revision());
            }
            assertThat(otherTab.received.poll(300, TimeUnit.MILLISECONDS)).as("a tab on another poster").isNull();
        } finally {
            kariTab.session.close();
            perTab.session.close();
            otherTab.session.close();
        }
    }

    @Test
    void aKeyThatIsNotLiveOpensNothing() throws Exception {
        var stranger = new Tab("not-a-presence-key");
        assertThat(stranger.closed.get(5, TimeUnit.SECONDS)).isEqualTo(CloseStatus.POLICY_VIOLATION);

        String key = presence.join(POSTER, new Actor("kari", "Kari Nordmann", "Kommunaldirektør", Side.DEPARTMENT,
                false));
        var tab = new Tab(key);
        var peer = new Tab(presence.join(POSTER, new Actor("per", "Per Hansen", "Etatssjef", Side.AGENCY, false)));
        awaitTabs(POSTER, 2);
        try {
            // The view left the poster: its socket can no longer speak for it.
            presence.leave(key);
            tab.send("{\"cell\": 42, \"text\": \"etter at visningen forsvant\", \"done\": false}");
            assertThat(tab.closed.get(5, TimeUnit.SECONDS)).isEqualTo(CloseStatus.POLICY_VIOLATION);
            JsonNode note = peer.next();
            assertThat(note.has("text")).as("no preview, only the goodbye: %s", note).isFalse();
        } finally {
            peer.session.close();
        }
    }

    private void awaitIdle() throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (!broadcaster.isIdle() && System.nanoTime() < until) {
            Thread.sleep(5);
        }
    }

    /** The server registers a socket just after the client sees it open. */
    private void awaitTabs(long posterId, int count) throws InterruptedException {
        long until = System.nanoTime() + 5_000_000_000L;
        while (socket.tabsOn(posterId) < count && System.nanoTime() < until) {
            Thread.sleep(5);
        }
        assertThat(socket.tabsOn(posterId)).isEqualTo(count);
    }

    /** One browser tab's end of the socket. */
    private final class Tab extends TextWebSocketHandler {
        final BlockingQueue<String> received = new LinkedBlockingQueue<>();
        /** Where the others are, as told to this tab, oldest first. */
        final BlockingQueue<List<Map<String, Object>>> editors = new LinkedBlockingQueue<>();
        final CompletableFuture<CloseStatus> closed = new CompletableFuture<>();
        final WebSocketSession session;

        Tab(String key) throws Exception {
            session = client.execute(this, "ws://localhost:" + port + TypingSocket.PATH + key)
                    .get(5, TimeUnit.SECONDS);
        }

        void send(String note) throws Exception {
            session.sendMessage(new TextMessage(note));
        }

        JsonNode next() throws InterruptedException {
            String message = received.poll(5, TimeUnit.SECONDS);
            assertThat(message).as("a message within 5 s").isNotNull();
            return json.readTree(message);
        }

        List<Map<String, Object>> nextEditors() throws InterruptedException {
            var told = editors.poll(5, TimeUnit.SECONDS);
            assertThat(told).as("where the others are, within 5 s").isNotNull();
            return told;
        }

        /** The newest of what the tab is told within a moment: each move is told to every tab once. */
        List<Map<String, Object>> lastEditors() throws InterruptedException {
            var told = nextEditors();
            for (var newer = editors.poll(200, TimeUnit.MILLISECONDS); newer != null;
                    newer = editors.poll(200, TimeUnit.MILLISECONDS)) {
                told = newer;
            }
            return told;
        }

        @Override
        protected void handleTextMessage(WebSocketSession from, TextMessage message) {
            JsonNode note = json.readTree(message.getPayload());
            if (note.has("editors")) {
                editors.add(json.convertValue(note.get("editors"), new TypeReference<>() { }));
            } else {
                received.add(message.getPayload());
            }
        }

        @Override
        public void afterConnectionClosed(WebSocketSession from, CloseStatus status) {
            closed.complete(status);
        }
    }
}
