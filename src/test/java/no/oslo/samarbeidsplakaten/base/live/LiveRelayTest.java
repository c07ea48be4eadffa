package no.oslo.samarbeidsplakaten.base.live;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.IntStream;
import no.oslo.samarbeidsplakaten.support.ThrowAwayPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.jdbc.autoconfigure.DataSourceProperties;

/** Two nodes on one PostgreSQL database: what one sends, the other receives, whole and in order, and never itself. */
class LiveRelayTest {

    record Note(long posterId, String text) implements LiveEvent {
    }

    record Other(String text) {
    }

    String database;
    LiveRelay nodeA;
    LiveRelay nodeB;

    @BeforeEach
    void twoNodes() throws InterruptedException {
        database = ThrowAwayPostgres.create();
        nodeA = started();
        nodeB = started();
    }

    @AfterEach
    void stop() {
        nodeA.stop();
        nodeB.stop();
        ThrowAwayPostgres.drop(database);
    }

    @Test
    void aMessageReachesTheOtherNodeOnlyWithItsTypeAndSender() throws InterruptedException {
        BlockingQueue<String> atA = new LinkedBlockingQueue<>();
        BlockingQueue<String> atB = new LinkedBlockingQueue<>();
        nodeA.onMessage(LiveEvent.class, (from, event) -> atA.add(from + ":" + event));
        nodeB.onMessage(LiveEvent.class, (from, event) -> atB.add(from + ":" + event));
        nodeB.onMessage(Other.class, (from, other) -> atB.add("other:" + other.text()));

        nodeA.send(new Note(7, "Styringssignaler skrives ned samme dag"));
        nodeA.send(new Other("ikke en hendelse"));

        assertThat(atB.poll(10, TimeUnit.SECONDS))
                .isEqualTo(nodeA.node() + ":" + new Note(7, "Styringssignaler skrives ned samme dag"));
        assertThat(atB.poll(10, TimeUnit.SECONDS)).isEqualTo("other:ikke en hendelse");
        assertThat(atA.poll(500, TimeUnit.MILLISECONDS)).as("a node does not hear itself").isNull();
    }

    @Test
    void longMessagesArriveWholeAndEverythingInTheOrderSent() throws InterruptedException {
        BlockingQueue<Note> atB = new LinkedBlockingQueue<>();
        nodeB.onMessage(Note.class, (from, note) -> atB.add(note));
        // 2,000 characters of four UTF-8 bytes each, and a non-BMP character on every part boundary
        String longText = "😀".repeat(2_000) + "ÆØÅ æøå";
        List<Note> sent = IntStream.range(0, 30)
                .mapToObj(i -> new Note(1, i % 3 == 0 ? i + longText : "kort " + i)).toList();

        sent.forEach(nodeA::send);

        for (Note expected : sent) {
            assertThat(atB.poll(10, TimeUnit.SECONDS)).isEqualTo(expected);
        }
    }

    private LiveRelay started() throws InterruptedException {
        var properties = new DataSourceProperties();
        properties.setUrl(database);
        properties.setUsername(ThrowAwayPostgres.USER);
        properties.setPassword(ThrowAwayPostgres.PASSWORD);
        var relay = new LiveRelay(properties);
        relay.start();
        long until = System.nanoTime() + Duration.ofSeconds(10).toNanos();
        while (!relay.isListening() && System.nanoTime() < until) {
            Thread.sleep(10);
        }
        return relay;
    }
}
