package no.oslo.samarbeidsplakaten.benchmark;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import no.oslo.samarbeidsplakaten.base.live.LiveBroadcaster;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.CellChanged;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Measures the live workshop on this machine and prints the figures (run with {@code ./mvnw verify -Pbenchmark}):
 * edit-to-visible latency with real Chromium participants, fan-out with 40 participants (real browsers plus
 * simulated ones beyond what Chromium fits on two cores), and live heap per connected editor UI.
 */
@Tag("benchmark")
// The dev-mode component tracker keeps a stack trace per component; production has none, so leave it out of the count.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "vaadin.devmode.componentTracker.enabled=false")
@ActiveProfiles("test")
class LiveWorkshopBenchmark {

    private static final int BROWSERS = Integer.getInteger("benchmark.browsers", 10);
    private static final int PARTICIPANTS = 40;
    private static final int EDITS = Integer.getInteger("benchmark.edits", 40);

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    PosterLifecycle lifecycle;

    @Autowired
    LiveBroadcaster broadcaster;

    @Test
    void liveWorkshopFigures() throws Exception {
        testData.removePosters();
        long[] id = new long[1];
        testData.asAdmin(() -> id[0] = lifecycle.create(testData.organisationId("MOS"),
                testData.organisationId("BYM")));
        long posterId = id[0];
        String editor = "/plakat/" + posterId;

        List<Browser> browsers = new ArrayList<>();
        try {
            long heapBefore = liveHeap();
            for (int i = 0; i < BROWSERS; i++) {
                testData.member("deltaker" + i, "Deltaker " + i, "Rådgiver", i % 2 == 0 ? "MOS" : "BYM");
                var browser = new Browser(port);
                browser.logIn("deltaker" + i, TestData.PASSWORD);
                browser.open(editor);
                browsers.add(browser);
            }
            long heapWithParticipants = liveHeap();

            // Participants beyond what Chromium fits here: server-side subscribers doing a UI listener's work
            // (receive the committed change on the broadcaster's thread, record when it arrived).
            Map<String, List<Long>> simulatedSeen = new ConcurrentHashMap<>();
            List<com.vaadin.flow.shared.Registration> simulated = new ArrayList<>();
            for (int i = BROWSERS; i < PARTICIPANTS; i++) {
                simulated.add(broadcaster.subscribe(posterId, event -> {
                    if (event instanceof CellChanged change) {
                        simulatedSeen.computeIfAbsent(change.value(), v -> new CopyOnWriteArrayList<>())
                                .add(System.currentTimeMillis());
                    }
                }));
            }

            for (Browser follower : browsers.subList(1, browsers.size())) {
                follower.script("""
                        window.__seen = {};
                        const area = document.querySelector('#styringssignaler vaadin-text-area');
                        area.addEventListener('value-changed', e => { window.__seen[e.detail.value] = Date.now(); });
                        """);
            }
            Browser writer = browsers.getFirst();
            List<Long> browserLatencies = new ArrayList<>();
            List<Long> allLatencies = new ArrayList<>();
            for (int edit = 0; edit < EDITS; edit++) {
                String marker = "Måling " + edit + " " + System.nanoTime();
                long committedAt = (Long) writer.script("""
                        const input = document.querySelector('#styringssignaler vaadin-text-area textarea');
                        input.focus();
                        input.value = arguments[0];
                        input.dispatchEvent(new Event('input', {bubbles: true}));
                        const t0 = Date.now();
                        input.blur();
                        return t0;
                        """, marker);
                for (Browser follower : browsers.subList(1, browsers.size())) {
                    Long seenAt = follower.waitFor(d -> {
                        Object t = follower.script("return window.__seen[arguments[0]];", marker);
                        return t == null ? null : ((Number) t).longValue();
                    });
                    browserLatencies.add(seenAt - committedAt);
                }
                long deadline = System.currentTimeMillis() + 5000;
                while (simulatedSeen.getOrDefault(marker, List.of()).size() < PARTICIPANTS - BROWSERS
                        && System.currentTimeMillis() < deadline) {
                    Thread.sleep(5);
                }
                List<Long> seen = simulatedSeen.getOrDefault(marker, List.of());
                if (seen.size() != PARTICIPANTS - BROWSERS) {
                    throw new AssertionError("Simulated participants saw edit " + edit + " " + seen.size()
                            + " times, expected " + (PARTICIPANTS - BROWSERS));
                }
                seen.forEach(t -> allLatencies.add(t - committedAt));
                Thread.sleep(150);
            }
            allLatencies.addAll(browserLatencies);
            simulated.forEach(com.vaadin.flow.shared.Registration::remove);

            // More editor tabs in the same browsers: what one more connected editor UI costs, session aside.
            int extraTabs = 2;
            for (Browser browser : browsers) {
                String first = browser.driver().getWindowHandle();
                for (int tab = 0; tab < extraTabs; tab++) {
                    browser.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
                    browser.open(editor);
                }
                browser.driver().switchTo().window(first);
            }
            long heapWithMoreUis = liveHeap();
            System.out.printf("%nHEAP: live heap after GC %.1f MB without participants, %.1f MB with %d participants"
                    + " (%.2f MB each: session, log-in and editor UI); %.1f MB with %d more editor tabs -> %.2f MB per"
                    + " editor UI%n", mb(heapBefore), mb(heapWithParticipants), BROWSERS,
                    mb(heapWithParticipants - heapBefore) / BROWSERS, mb(heapWithMoreUis), BROWSERS * extraTabs,
                    mb(heapWithMoreUis - heapWithParticipants) / (BROWSERS * extraTabs));

            System.out.printf("LATENCY (%d real Chromium participants, %d edits): edit to visible p50 %d ms, "
                    + "p95 %d ms, max %d ms over %d observations%n", BROWSERS, EDITS,
                    percentile(browserLatencies, 50), percentile(browserLatencies, 95),
                    percentile(browserLatencies, 100), browserLatencies.size());
            System.out.printf("FAN-OUT (%d participants: %d Chromium + %d simulated): every edit reached all; "
                    + "p50 %d ms, p95 %d ms, max %d ms over %d observations%n%n", PARTICIPANTS, BROWSERS,
                    PARTICIPANTS - BROWSERS, percentile(allLatencies, 50), percentile(allLatencies, 95),
                    percentile(allLatencies, 100), allLatencies.size());
        } finally {
            browsers.forEach(Browser::close);
        }
    }

    private static long liveHeap() throws InterruptedException {
        var memory = ManagementFactory.getMemoryMXBean();
        long used = Long.MAX_VALUE;
        for (int i = 0; i < 5; i++) {
            System.gc();
            Thread.sleep(300);
            used = Math.min(used, memory.getHeapMemoryUsage().getUsed());
        }
        return used;
    }

    private static double mb(long bytes) {
        return bytes / (1024.0 * 1024.0);
    }

    private static long percentile(List<Long> values, int percentile) {
        var sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
