package no.oslo.samarbeidsplakaten.benchmark;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.hibernate.SessionFactory;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Live typing as the room sees it, printed with {@code ./mvnw verify -Pbenchmark}: from the moment a keystroke's text
 * leaves the writer's browser to the moment it is in the other pages' DOM as the live preview, for 2, 5, 10, 15 and 20
 * open pages (real Chromium, one clock); from leaving the field (which saves) to the saved text in the other pages'
 * fields; and the database statements per cell edit with 40 open editor UIs (the writer's save only: peers apply the
 * state the event carries).
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.componentTracker.enabled=false",
            "spring.jpa.properties.hibernate.generate_statistics=true",
            "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn"})
@ActiveProfiles("test")
class LiveTypingBenchmark {

    /** Open page counts to measure, e.g. {@code -Dbenchmark.pages=2,10}; the first burst at 2 pages warms up. */
    private static final int[] PAGE_COUNTS = Arrays.stream(System.getProperty("benchmark.pages", "2,5,10,15,20")
            .split(",")).mapToInt(Integer::parseInt).toArray();
    private static final int KEYSTROKES = Integer.getInteger("benchmark.keystrokes", 30);
    private static final String FIELD = "#styringssignaler vaadin-text-area";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    PosterQueries posterService;

    @Autowired
    SessionFactory sessionFactory;

    @Test
    void liveTypingFigures() throws Exception {
        long posterId = testData.freshMosBymPoster();
        String editor = "/plakat/" + posterId;
        List<Browser> pages = new ArrayList<>();
        double statementsWithTwo = 0;
        try {
            for (int pageCount : PAGE_COUNTS) {
                while (pages.size() < pageCount) {
                    int i = pages.size();
                    testData.member("skriver" + i, "Deltaker " + i, "Rådgiver", i % 2 == 0 ? "MOS" : "BYM");
                    var page = new Browser(port);
                    page.logIn("skriver" + i, TestData.PASSWORD);
                    page.open(editor);
                    pages.add(page);
                }
                if (pageCount == 2) {
                    statementsWithTwo = statementsPerEdit(pages.getFirst());
                    // A first burst warms the JIT up on both sides; its figures are left out.
                    typeAndMeasure(pages, 0);
                }
                var latencies = typeAndMeasure(pages, pageCount);
                System.out.printf("LIVE TYPING (%2d open pages): keystroke to peers' DOM p50 %d ms, p95 %d ms, "
                        + "max %d ms over %d observations%n", pageCount, percentile(latencies, 50),
                        percentile(latencies, 95), percentile(latencies, 100), latencies.size());
                saveToVisible(pages);
            }
            for (Browser page : pages) {
                String first = page.driver().getWindowHandle();
                page.driver().switchTo().newWindow(org.openqa.selenium.WindowType.TAB);
                page.open(editor);
                page.driver().switchTo().window(first);
            }
            double statementsWithForty = statementsPerEdit(pages.getFirst());
            System.out.printf("DATABASE per cell edit: %.1f statements with 2 editor UIs open, %.1f with %d open: "
                    + "%.2f statements per additional peer%n%n", statementsWithTwo, statementsWithForty,
                    pages.size() * 2, (statementsWithForty - statementsWithTwo) / (pages.size() * 2 - 2));
        } finally {
            pages.forEach(Browser::close);
        }
    }

    /** The writer types; each peer notes when the text of each keystroke appears in its DOM. */
    private List<Long> typeAndMeasure(List<Browser> pages, int pageCount) throws InterruptedException {
        var writer = pages.getFirst();
        var peers = pages.subList(1, pages.size());
        for (Browser peer : peers) {
            peer.script("""
                    window.__seen = {};
                    const area = document.querySelector(arguments[0]);
                    new MutationObserver(() => {
                        const preview = area.querySelector('.typing-preview');
                        const match = preview && /#(\\d+)$/.exec(preview.textContent);
                        if (match && !(match[1] in window.__seen)) { window.__seen[match[1]] = Date.now(); }
                    }).observe(area, {subtree: true, childList: true, characterData: true});
                    """, FIELD);
        }
        String base = "Levende tekst " + pageCount + " ";
        List<Long> sentAt = new ArrayList<>();
        writer.script("document.querySelector(arguments[0] + ' textarea').focus();", FIELD);
        for (int k = 0; k < KEYSTROKES; k++) {
            sentAt.add((Long) writer.script("""
                    const input = document.querySelector(arguments[0] + ' textarea');
                    input.value = arguments[1];
                    const t0 = Date.now();
                    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
                    return t0;
                    """, FIELD, base + "#" + k));
            // Typing speed of a quick typist; well below the pause that saves.
            Thread.sleep(120);
        }
        Thread.sleep(500);
        List<Long> latencies = new ArrayList<>();
        for (Browser peer : peers) {
            for (int k = 0; k < KEYSTROKES; k++) {
                Object seen = peer.script("return window.__seen[arguments[0]];", String.valueOf(k));
                if (seen != null) {
                    latencies.add(((Number) seen).longValue() - sentAt.get(k));
                }
            }
        }
        writer.script("document.querySelector(arguments[0] + ' textarea').blur();", FIELD);
        writer.waitUntilSaved();
        for (Browser peer : peers) {
            peer.waitForVaadin();
        }
        return latencies;
    }

    /** From leaving the field (which saves) to the saved text in every other page's field. */
    private void saveToVisible(List<Browser> pages) throws InterruptedException {
        var writer = pages.getFirst();
        var peers = pages.subList(1, pages.size());
        List<Long> latencies = new ArrayList<>();
        for (int edit = 0; edit < 10; edit++) {
            String text = "Lagret tekst " + edit + " " + System.nanoTime();
            for (Browser peer : peers) {
                peer.script("""
                        window.__saved = null;
                        const area = document.querySelector(arguments[0]);
                        area.addEventListener('value-changed', e => {
                            if (e.detail.value === arguments[1]) { window.__saved = Date.now(); }
                        });
                        """, FIELD, text);
            }
            long t0 = (Long) writer.script("""
                    const input = document.querySelector(arguments[0] + ' textarea');
                    input.focus();
                    input.value = arguments[1];
                    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
                    const t0 = Date.now();
                    input.blur();
                    return t0;
                    """, FIELD, text);
            for (Browser peer : peers) {
                long seen = peer.waitFor(d -> {
                    Object t = peer.script("return window.__saved;");
                    return t == null ? null : ((Number) t).longValue();
                });
                latencies.add(seen - t0);
            }
            Thread.sleep(150);
        }
        System.out.printf("SAVE TO VISIBLE (%d open pages): p50 %d ms, p95 %d ms, max %d ms over %d observations%n",
                pages.size(), percentile(latencies, 50), percentile(latencies, 95), percentile(latencies, 100),
                latencies.size());
    }

    /** Database statements per saved cell edit, the writer's and every peer's together. */
    private double statementsPerEdit(Browser writer) throws InterruptedException {
        var statistics = sessionFactory.getStatistics();
        Thread.sleep(1000);
        statistics.clear();
        int edits = 20;
        for (int edit = 0; edit < edits; edit++) {
            writer.script("""
                    const input = document.querySelector(arguments[0] + ' textarea');
                    input.focus();
                    input.value = arguments[1];
                    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
                    input.blur();
                    """, FIELD, "Teller " + edit + " " + System.nanoTime());
            writer.waitUntilSaved();
            Thread.sleep(200);
        }
        Thread.sleep(1000);
        System.out.printf("DATABASE: %d statements for %d edits (%d queries, %d entity loads, %d inserts)%n",
                statistics.getPrepareStatementCount(), edits, statistics.getQueryExecutionCount(),
                statistics.getEntityLoadCount(), statistics.getEntityInsertCount());
        return statistics.getPrepareStatementCount() / (double) edits;
    }

    private static long percentile(List<Long> values, int percentile) {
        if (values.isEmpty()) {
            return -1;
        }
        var sorted = values.stream().sorted().toList();
        int index = (int) Math.ceil(percentile / 100.0 * sorted.size()) - 1;
        return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1)));
    }
}
