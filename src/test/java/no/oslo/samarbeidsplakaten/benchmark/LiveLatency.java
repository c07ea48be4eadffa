package no.oslo.samarbeidsplakaten.benchmark;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.support.Browser;
import org.jspecify.annotations.Nullable;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * Measures, in real browsers on one machine (one clock), how long what one page does takes to show on the others:
 * live typing previews and saved text. The first page writes; the others watch.
 */
final class LiveLatency {

    static final String FIELD = "#styringssignaler vaadin-text-area";
    private static final int KEYSTROKES = Integer.getInteger("benchmark.keystrokes", 30);
    /** From the last keystroke to leaving the field; the field saves by itself after 700 ms without typing. */
    private static final int AFTER_TYPING_MS = 400;
    /** Saves per measurement: with 9 peers, a p95 over 20 saves does not hang on one slow save as over 10 it did. */
    private static final int SAVES = 20;
    /** Chromium's performance metrics that say how busy a page's renderer was. */
    private static final List<String> WORK = List.of("TaskDuration", "ScriptDuration", "RecalcStyleDuration",
            "LayoutDuration");

    private LiveLatency() {
    }

    /**
     * The writer (the first page) types; each peer notes when the text of each keystroke appears in its DOM.
     *
     * @return milliseconds for each keystroke, by peer, on the browsers' one clock, from the keystroke and from its text
     *     leaving the writer's browser; and what the peers' pages worked
     */
    static Typing typing(List<Browser> pages, int pageCount) throws InterruptedException {
        var writer = pages.getFirst();
        var peers = pages.subList(1, pages.size());
        for (Browser peer : peers) {
            peer.script("""
                    window.__seen = {};
                    const area = document.querySelector(arguments[0]);
                    new MutationObserver(() => {
                        const preview = area.querySelector('.typing-preview');
                        const match = preview && /#(\\d+)$/.exec(preview.textContent);
                        if (match && !(match[1] in window.__seen)) {
                            // On screen at the next frame, after whatever else the page has to do first.
                            window.__seen[match[1]] = 0;
                            requestAnimationFrame(() => { window.__seen[match[1]] = Date.now(); });
                        }
                    }).observe(area, {subtree: true, childList: true, characterData: true});
                    """, FIELD);
        }
        var workBefore = peers.stream().map(LiveLatency::rendererWork).toList();
        String base = "Levende tekst " + pageCount + " ";
        List<Long> sentAt = new ArrayList<>();
        writer.script("""
                // The moment each keystroke's text leaves for the others: the preview note goes onto a WebSocket.
                window.__left = {};
                window.__send = window.__send || WebSocket.prototype.send;
                WebSocket.prototype.send = function (data) {
                    const match = typeof data === 'string' && /#(\\d+)"/.exec(data);
                    if (match && !(match[1] in window.__left)) {
                        window.__left[match[1]] = Date.now();
                    }
                    return window.__send.call(this, data);
                };
                document.querySelector(arguments[0] + ' textarea').focus();
                """, FIELD);
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
        var work = new LinkedHashMap<String, Double>();
        for (int i = 0; i < peers.size(); i++) {
            var before = workBefore.get(i);
            rendererWork(peers.get(i)).forEach((metric, seconds) -> work.merge(metric,
                    (seconds - before.getOrDefault(metric, 0.0)) * 1000 / KEYSTROKES / peers.size(), Double::sum));
        }
        var leftAt = (Map<?, ?>) writer.script("return window.__left;");
        Map<Browser, List<Long>> latencies = new LinkedHashMap<>();
        Map<Browser, List<Long>> fromLeaving = new LinkedHashMap<>();
        for (Browser peer : peers) {
            var ofPeer = latencies.computeIfAbsent(peer, p -> new ArrayList<>());
            var leftOfPeer = fromLeaving.computeIfAbsent(peer, p -> new ArrayList<>());
            for (int k = 0; k < KEYSTROKES; k++) {
                Object seen = peer.script("return window.__seen[arguments[0]];", String.valueOf(k));
                if (seen != null && ((Number) seen).longValue() != 0) {
                    ofPeer.add(((Number) seen).longValue() - sentAt.get(k));
                    if (leftAt.get(String.valueOf(k)) instanceof Number left) {
                        leftOfPeer.add(((Number) seen).longValue() - left.longValue());
                    }
                }
            }
        }
        writer.script("document.querySelector(arguments[0] + ' textarea').blur();", FIELD);
        writer.waitUntilSaved();
        for (Browser peer : peers) {
            peer.waitForVaadin();
        }
        return new Typing(latencies, fromLeaving, work);
    }

    /**
     * Keystroke to visible, and from the text leaving the writer's browser to visible (the issue's measure), by peer;
     * and how long a peer page's main thread was busy per keystroke on average, in milliseconds of wall clock (all its
     * tasks, and of them script, style and layout): on a full machine that includes the time the page waited for a
     * core, which is the point.
     */
    record Typing(Map<Browser, List<Long>> byPeer, Map<Browser, List<Long>> fromLeaving,
            Map<String, Double> peerWorkPerKeystroke) {

        String work() {
            return String.format("main thread busy %.1f ms (script %.1f, style %.1f, layout %.1f) per keystroke and page",
                    peerWorkPerKeystroke.get("TaskDuration"), peerWorkPerKeystroke.get("ScriptDuration"),
                    peerWorkPerKeystroke.get("RecalcStyleDuration"), peerWorkPerKeystroke.get("LayoutDuration"));
        }
    }

    /** The page's renderer time so far, in seconds, from Chromium's own performance metrics. */
    @SuppressWarnings("unchecked")
    private static Map<String, Double> rendererWork(Browser page) {
        var cdp = (ChromeDriver) page.driver();
        cdp.executeCdpCommand("Performance.enable", Map.of());
        var metrics = (List<Map<String, Object>>) cdp.executeCdpCommand("Performance.getMetrics", Map.of())
                .get("metrics");
        var work = new LinkedHashMap<String, Double>();
        metrics.stream().filter(metric -> WORK.contains((String) metric.get("name")))
                .forEach(metric -> work.put((String) metric.get("name"), ((Number) metric.get("value")).doubleValue()));
        return work;
    }

    /**
     * From leaving the field (which saves) to the saved text in every other page's field: on screen (the text in the
     * field's input, whichever way it came) and in the field's value as its view holds it (Vaadin's push). The writer
     * goes into the field and types the text, and leaves it 400 ms later, as a person does: not in the same instant.
     *
     * @return for each edit by peer: on screen, and then in the view, on the browsers' one clock
     */
    static SaveLatencies saveToVisible(List<Browser> pages) throws InterruptedException {
        return saveToVisible(pages, ServerNotes.NONE);
    }

    /**
     * What the server noted, on its clock, which is the browsers' on this one machine: when each saved text committed,
     * and when browser requests came in.
     */
    interface ServerNotes {

        ServerNotes NONE = new ServerNotes() {
            @Override
            public @Nullable Long committedAt(String value) {
                return null;
            }

            @Override
            public @Nullable Long lastRequestBefore(long at) {
                return null;
            }
        };

        @Nullable Long committedAt(String value);

        /** When the last of Vaadin's requests that came in at or before {@code at} did. */
        @Nullable Long lastRequestBefore(long at);
    }

    /**
     * As {@link #saveToVisible(List)}, and also from the commit of each saved text, and where each save's time went
     * (its stages), when the server's {@code notes} know them.
     */
    static SaveLatencies saveToVisible(List<Browser> pages, ServerNotes notes) throws InterruptedException {
        var writer = pages.getFirst();
        var peers = pages.subList(1, pages.size());
        var latencies = new SaveLatencies(new LinkedHashMap<>(), new LinkedHashMap<>(), new LinkedHashMap<>(),
                new ArrayList<>());
        for (int edit = 0; edit < SAVES; edit++) {
            String text = "Lagret tekst " + edit + " " + System.nanoTime();
            for (Browser peer : peers) {
                peer.script("""
                        const [selector, text] = arguments;
                        window.__shown = null;
                        window.__synced = null;
                        const area = document.querySelector(selector);
                        // Whatever puts the text into the field's input (the saved note or the view's push) is seen.
                        const value = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
                        Object.defineProperty(area.inputElement, 'value', {configurable: true,
                            get() { return value.get.call(this); },
                            set(v) {
                                value.set.call(this, v);
                                if (v === text && window.__shown === null) {
                                    window.__shown = 0;
                                    requestAnimationFrame(() => { window.__shown = Date.now(); });
                                }
                            }});
                        area.addEventListener('value-changed', e => {
                            if (e.detail.value === text) { window.__synced = Date.now(); }
                        });
                        """, FIELD, text);
            }
            // Somebody who leaves a field has been in it a moment, less than the pause that saves by itself; timed in
            // the page, on the same clock as that pause, so a busy machine cannot let the pause save first.
            long t0 = ((Number) ((JavascriptExecutor) writer.driver()).executeAsyncScript("""
                    const [selector, text, after, done] = arguments;
                    const input = document.querySelector(selector + ' textarea');
                    if (!window.__requestHooked) {
                        // When the save leaves this browser: Vaadin's first request after leaving the field.
                        window.__requestHooked = true;
                        const send = XMLHttpRequest.prototype.send;
                        XMLHttpRequest.prototype.send = function () {
                            if (window.__requestSentAt === null) {
                                window.__requestSentAt = Date.now();
                            }
                            return send.apply(this, arguments);
                        };
                    }
                    input.focus();
                    input.value = text;
                    input.dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
                    setTimeout(() => {
                        const t0 = Date.now();
                        window.__requestSentAt = null;
                        input.blur();
                        done(t0);
                    }, after);
                    """, FIELD, text, AFTER_TYPING_MS)).longValue();
            var shownBy = new LinkedHashMap<Browser, Long>();
            for (Browser peer : peers) {
                long synced = peer.waitFor(d -> {
                    Object t = peer.script("return window.__synced;");
                    return t == null ? null : ((Number) t).longValue();
                });
                long shown = peer.waitFor(d -> {
                    Object t = peer.script("return window.__shown;");
                    return t == null || ((Number) t).longValue() == 0 ? null : ((Number) t).longValue();
                });
                latencies.shown().computeIfAbsent(peer, p -> new ArrayList<>()).add(shown - t0);
                latencies.synced().computeIfAbsent(peer, p -> new ArrayList<>()).add(synced - t0);
                shownBy.put(peer, shown);
            }
            Long committed = notes.committedAt(text);
            if (committed != null) {
                shownBy.forEach((peer, shown) -> latencies.shownAfterCommit()
                        .computeIfAbsent(peer, p -> new ArrayList<>()).add(shown - committed));
                Long arrived = notes.lastRequestBefore(committed);
                if (arrived != null && writer.script("return window.__requestSentAt;") instanceof Number sent) {
                    long lastShown = shownBy.values().stream().mapToLong(Long::longValue).max().orElse(committed);
                    latencies.stages().add(new SaveStages(sent.longValue() - t0, arrived - sent.longValue(),
                            committed - arrived, lastShown - committed));
                }
            }
            Thread.sleep(150);
        }
        return latencies;
    }

    /**
     * Save to visible, by peer: on screen, and in the view's own state; from the commit to on screen; and by edit,
     * where the time from leaving the field to the last peer went.
     */
    record SaveLatencies(Map<Browser, List<Long>> shown, Map<Browser, List<Long>> synced,
            Map<Browser, List<Long>> shownAfterCommit, List<SaveStages> stages) {

        String stageSummary() {
            return String.format("the writer's browser until the request leaves %s; the way to the server %s; the "
                    + "server until the commit %s; the commit to the last peer's field %s",
                    summary(stages.stream().map(SaveStages::inTheWritersBrowser).toList()),
                    summary(stages.stream().map(SaveStages::toTheServer).toList()),
                    summary(stages.stream().map(SaveStages::toTheCommit).toList()),
                    summary(stages.stream().map(SaveStages::toTheLastPeer).toList()));
        }
    }

    /** One save from leaving the field, in milliseconds: each stage starts where the one before ended. */
    record SaveStages(long inTheWritersBrowser, long toTheServer, long toTheCommit, long toTheLastPeer) {
    }

    /** Every figure of the peers given (all when none are). */
    static List<Long> of(Map<Browser, List<Long>> byPeer, List<Browser> peers) {
        return byPeer.entrySet().stream().filter(e -> peers.isEmpty() || peers.contains(e.getKey()))
                .flatMap(e -> e.getValue().stream()).toList();
    }

    /** "p50 … ms, p95 … ms, max … ms over … observations". */
    static String summary(List<Long> values) {
        return String.format("p50 %d ms, p95 %d ms, max %d ms over %d observations", percentile(values, 50),
                percentile(values, 95), percentile(values, 100), values.size());
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
