package no.oslo.samarbeidsplakaten.benchmark;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import no.oslo.samarbeidsplakaten.Application;
import no.oslo.samarbeidsplakaten.support.AppProcess;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.support.ThrowAwayPostgres;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * Two nodes on one PostgreSQL database with 10 real browsers split over them (the writer and four peers on node A,
 * five peers on node B): live typing and saved text from the writer to the peers on the same node and on the other.
 * Printed with {@code ./mvnw verify -Pbenchmark}.
 */
@Tag("benchmark")
class TwoNodesBenchmark {

    private static final int PAGES = 10;

    @TempDir
    Path temp;

    @Test
    void crossNodeFigures() throws Exception {
        String database = ThrowAwayPostgres.create();
        String[] postgres = {"--spring.profiles.active=postgres", "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + ThrowAwayPostgres.USER,
                "--spring.datasource.password=" + ThrowAwayPostgres.PASSWORD};
        List<Browser> pages = new ArrayList<>();
        try (var nodeA = new SpringApplicationBuilder(Application.class).run(postgres[0], postgres[1], postgres[2],
                postgres[3], "--server.port=0", "--samarbeidsplakaten.export.warm-up=false",
                "--vaadin.devmode.devTools.enabled=false", "--vaadin.devmode.componentTracker.enabled=false");
                var nodeB = new AppProcess(temp.resolve("unused-h2"), temp.resolve("node-b.log"))) {
            nodeB.start(postgres);
            int portA = Integer.parseInt(nodeA.getEnvironment().getRequiredProperty("local.server.port"));
            var testData = nodeA.getBean(TestData.class);
            long posterId = testData.freshMosBymPoster();
            for (int i = 0; i < PAGES; i++) {
                testData.member("skriver" + i, "Deltaker " + i, "Rådgiver", i % 2 == 0 ? "MOS" : "BYM");
                var page = new Browser(i < PAGES / 2 ? portA : nodeB.port());
                page.logIn("skriver" + i, TestData.PASSWORD);
                page.open("/plakat/" + posterId);
                pages.add(page);
            }
            var sameNode = pages.subList(1, PAGES / 2);
            var otherNode = pages.subList(PAGES / 2, PAGES);
            // A first burst warms the JIT up on both nodes; its figures are left out.
            LiveLatency.typing(pages, 0);
            var typing = LiveLatency.typing(pages, PAGES);
            var saved = LiveLatency.saveToVisible(pages);
            System.out.printf("%nTWO NODES (%d pages, writer on node A): live typing to peers on node A %s; "
                    + "on node B %s%n", PAGES, LiveLatency.summary(LiveLatency.of(typing.byPeer(), sameNode)),
                    LiveLatency.summary(LiveLatency.of(typing.byPeer(), otherNode)));
            System.out.printf("TWO NODES: save to visible on node A %s; on node B %s%n",
                    LiveLatency.summary(LiveLatency.of(saved.shown(), sameNode)),
                    LiveLatency.summary(LiveLatency.of(saved.shown(), otherNode)));
            System.out.printf("TWO NODES: save to the views' state on node A %s; on node B %s%n%n",
                    LiveLatency.summary(LiveLatency.of(saved.synced(), sameNode)),
                    LiveLatency.summary(LiveLatency.of(saved.synced(), otherNode)));
        } finally {
            pages.forEach(Browser::close);
            ThrowAwayPostgres.drop(database);
        }
    }
}
