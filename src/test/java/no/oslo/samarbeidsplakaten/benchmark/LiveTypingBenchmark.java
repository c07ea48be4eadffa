package no.oslo.samarbeidsplakaten.benchmark;

import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationConfiguration;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletContext;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.NavigableSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentSkipListSet;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.CellChanged;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.hibernate.SessionFactory;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * Live typing as the room sees it, printed with {@code ./mvnw verify -Pbenchmark}: from a keystroke, and from the
 * moment its text leaves the writer's browser, to the first frame the other pages draw with it as the live preview,
 * for 2, 5, 10, 15 and 20 open pages (real Chromium, one clock, every page looking at the field); from leaving the
 * field (which saves), and from the save's commit, to the first frame with the saved text in the other pages' fields,
 * and to the same text in their views' state; where a save's time goes on its way (the writer's browser, the way to
 * the server, the server until the commit, the way out to the last peer); and the database statements per cell edit
 * with 40 open editor UIs (the writer's save only: peers apply the state the event carries). With
 * {@code -Pbenchmark,production} the pages run the production bundle, as users get it and as the issue measured; the
 * figures also say how busy the machine was before each page count. {@link EtherpadTypingBenchmark} measures
 * Etherpad in the same way, in the same run.
 */
@Tag("benchmark")
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = {"vaadin.devmode.componentTracker.enabled=false",
            "spring.jpa.properties.hibernate.generate_statistics=true",
            "logging.level.org.hibernate.engine.internal.StatisticalLoggingSessionEventListener=warn"})
@ActiveProfiles("test")
class LiveTypingBenchmark {

    /** Open page counts to measure, e.g. {@code -Dbenchmark.pages=2,10}; the first burst at 2 pages warms up. */
    static final int[] PAGE_COUNTS = Arrays.stream(System.getProperty("benchmark.pages", "2,5,10,15,20")
            .split(",")).mapToInt(Integer::parseInt).toArray();
    private static final String FIELD = LiveLatency.FIELD;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    PosterQueries posterService;

    @Autowired
    SessionFactory sessionFactory;

    @Autowired
    ServletContext servletContext;

    @Autowired
    Notes notes;

    /**
     * When each saved text committed and when Vaadin's requests came in, on the machine's one clock, to tell where a
     * save's time goes: the writer's browser, the server, the way out to the peers.
     */
    @TestConfiguration
    static class ServerClock {

        @Bean
        Notes notes() {
            return new Notes();
        }
    }

    static class Notes implements Filter, LiveLatency.ServerNotes {

        private final Map<String, Long> commits = new ConcurrentHashMap<>();
        private final NavigableSet<Long> requests = new ConcurrentSkipListSet<>();

        @TransactionalEventListener(fallbackExecution = true)
        @Order(Ordered.HIGHEST_PRECEDENCE)
        void committed(CellChanged change) {
            commits.putIfAbsent(change.value(), System.currentTimeMillis());
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            if (request instanceof HttpServletRequest http && "POST".equals(http.getMethod())
                    && "uidl".equals(http.getParameter("v-r"))) {
                requests.add(System.currentTimeMillis());
            }
            chain.doFilter(request, response);
        }

        @Override
        public @Nullable Long committedAt(String value) {
            return commits.get(value);
        }

        @Override
        public @Nullable Long lastRequestBefore(long at) {
            return requests.floor(at);
        }
    }

    @Test
    void liveTypingFigures() throws Exception {
        System.out.printf("FRONTEND: %s%n", ApplicationConfiguration.get(new VaadinServletContext(servletContext))
                .isProductionMode() ? "the production bundle, as users get it"
                : "development mode (the dev server); -Pbenchmark,production measures what users get");
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
                // Measured with the room idle: the pages just opened have finished loading, and everybody looks at
                // the field being written in, as a room does.
                for (Browser page : pages) {
                    page.waitForVaadin();
                    page.script("document.querySelector(arguments[0]).scrollIntoView({block: 'center'});", FIELD);
                }
                Thread.sleep(1000);
                System.out.printf("MACHINE (%2d open pages, idle): %s%n", pageCount, busyOverThreeSeconds());
                if (pageCount == 2) {
                    statementsWithTwo = statementsPerEdit(pages.getFirst());
                    // A first burst warms the JIT up on both sides; its figures are left out.
                    LiveLatency.typing(pages, 0);
                }
                var typing = LiveLatency.typing(pages, pageCount);
                System.out.printf("LIVE TYPING (%2d open pages): keystroke to peers' DOM %s%n", pageCount,
                        LiveLatency.summary(LiveLatency.of(typing.byPeer(), List.of())));
                System.out.printf("LIVE TYPING (%2d open pages): leaving the writer's browser to peers' DOM %s%n",
                        pageCount, LiveLatency.summary(LiveLatency.of(typing.fromLeaving(), List.of())));
                System.out.printf("PEER WORK (%2d open pages): %s%n", pageCount, typing.work());
                var saved = LiveLatency.saveToVisible(pages, notes);
                System.out.printf("SAVE TO VISIBLE (%2d open pages): in the peers' fields %s%n", pageCount,
                        LiveLatency.summary(LiveLatency.of(saved.shown(), List.of())));
                System.out.printf("SAVE TO VISIBLE (%2d open pages): from the commit to the peers' fields %s%n",
                        pageCount, LiveLatency.summary(LiveLatency.of(saved.shownAfterCommit(), List.of())));
                System.out.printf("SAVE STAGES (%2d open pages): %s%n", pageCount, saved.stageSummary());
                System.out.printf("SAVE TO VIEW STATE (%2d open pages): in the peers' field values (push) %s%n",
                        pageCount, LiveLatency.summary(LiveLatency.of(saved.synced(), List.of())));
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

    /** How busy the machine is, from the kernel's counters over three seconds: the figures are meant for an idle one. */
    private static String busyOverThreeSeconds() throws IOException, InterruptedException {
        Path stat = Path.of("/proc/stat");
        if (!Files.isReadable(stat)) {
            return "not known here";
        }
        long[] before = cpuTimes(stat);
        Thread.sleep(3000);
        long[] after = cpuTimes(stat);
        long total = after[0] - before[0];
        return String.format("%.0f %% of %d cores busy over 3 s", 100.0 * (total - (after[1] - before[1])) / total,
                Runtime.getRuntime().availableProcessors());
    }

    /** All CPU time so far and the idle part of it (idle and waiting for I/O), in the kernel's ticks. */
    private static long[] cpuTimes(Path stat) throws IOException {
        String[] fields = Files.readAllLines(stat).getFirst().trim().split("\\s+");
        long total = Arrays.stream(fields).skip(1).mapToLong(Long::parseLong).sum();
        return new long[] {total, Long.parseLong(fields[4]) + Long.parseLong(fields[5])};
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
}
