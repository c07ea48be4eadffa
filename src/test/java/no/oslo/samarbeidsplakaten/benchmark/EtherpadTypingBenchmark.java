package no.oslo.samarbeidsplakaten.benchmark;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.ServerStart;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.chrome.ChromeDriver;

/**
 * The yardstick of the live-typing issue, measured here and now: Etherpad 1.8.14 (installed from the npm registry by
 * {@code src/test/etherpad/install-etherpad.sh}, run with the machine's {@code node}) in the same Chromium harness
 * as {@link LiveTypingBenchmark}, for the same open page counts. One page types a character every 120 ms with real
 * key events; the figure is the issue's: from the moment a character leaves the writer's browser (Etherpad's
 * changeset goes onto its socket) to the first frame the other pages draw with it; and, as LiveTypingBenchmark
 * reports it for this app, from the keystroke.
 */
@Tag("benchmark")
class EtherpadTypingBenchmark {

    private static final String TYPED = "abcdefghijklmnopqrstuvwxyz0123";
    /** Etherpad's editor, two frames deep: the pad's text is the inner frame's body. */
    private static final String INNER_BODY = """
            const outer = document.querySelector('iframe[name="ace_outer"]');
            const inner = outer && outer.contentDocument.querySelector('iframe[name="ace_inner"]');
            const body = inner && inner.contentDocument.getElementById('innerdocbody');
            """;

    @Test
    void etherpadFigures() throws Exception {
        Path root = install();
        int port;
        try (var free = new ServerSocket(0)) {
            port = free.getLocalPort();
        }
        Files.writeString(root.resolve("settings.json"), """
                {"ip": "127.0.0.1", "port": %d, "dbType": "dirty", "dbSettings": {"filename": "var/dirty.db"},
                 "defaultPadText": "", "suppressErrorsInPadText": true, "loglevel": "WARN"}
                """.formatted(port));
        var server = new ProcessBuilder("node", "src/node/server.js").directory(root.toFile())
                .redirectErrorStream(true).redirectOutput(root.resolve("var/benchmark.log").toFile());
        server.environment().put("NODE_ENV", "production");
        Process etherpad = server.start();
        List<Browser> pages = new ArrayList<>();
        try {
            ServerStart.awaitAnswer(etherpad, URI.create("http://127.0.0.1:" + port + "/"), "Etherpad",
                    root.resolve("var/benchmark.log"));
            System.out.printf("ETHERPAD: 1.8.14 at %s, node %s%n", root, nodeVersion());
            for (int pageCount : LiveTypingBenchmark.PAGE_COUNTS) {
                // A fresh empty pad for each count, so every page starts from the same text.
                String pad = "http://127.0.0.1:" + port + "/p/bench" + pageCount + "x" + System.nanoTime();
                pages.forEach(page -> open(page, pad));
                while (pages.size() < pageCount) {
                    var page = new Browser(port);
                    open(page, pad);
                    pages.add(page);
                }
                Thread.sleep(1000);
                if (pageCount == LiveTypingBenchmark.PAGE_COUNTS[0]) {
                    // A first burst warms both sides up; its figures are left out.
                    typing(pages);
                    pages.forEach(page -> open(page, pad + "w"));
                    Thread.sleep(1000);
                }
                var figures = typing(pages);
                System.out.printf("ETHERPAD (%2d open pages): leaving the writer's browser to peers' DOM %s%n",
                        pageCount, LiveLatency.summary(figures.fromLeaving()));
                System.out.printf("ETHERPAD (%2d open pages): keystroke to peers' DOM %s%n", pageCount,
                        LiveLatency.summary(figures.fromKeystroke()));
            }
        } finally {
            pages.forEach(Browser::close);
            etherpad.destroy();
        }
    }

    /** Opens the pad and waits until its editor is connected and shows the pad's text. */
    private static void open(Browser page, String pad) {
        page.driver().get(pad);
        page.waitFor(d -> Boolean.TRUE.equals(page.script(INNER_BODY + """
                return !!body && body.isContentEditable && !!window.pad && !!pad.collabClient && !!pad.socket
                    && pad.socket.connected;
                """)) ? true : null);
    }

    /**
     * The first page types {@link #TYPED} a character every 120 ms; each other page notes when the text with each
     * character is first drawn. The writer notes when each character's changeset left and when its key went down.
     *
     * @return milliseconds per character and peer, from leaving and from the keystroke
     */
    private static Figures typing(List<Browser> pages) throws InterruptedException {
        var writer = pages.getFirst();
        var peers = pages.subList(1, pages.size());
        for (Browser peer : peers) {
            peer.script(INNER_BODY + """
                    window.__seen = {};
                    new MutationObserver(() => {
                        const length = body.textContent.length;
                        for (let k = 0; k < length; k++) {
                            if (!(k in window.__seen)) {
                                window.__seen[k] = 0;
                                requestAnimationFrame(() => { window.__seen[k] = Date.now(); });
                            }
                        }
                    }).observe(body, {subtree: true, childList: true, characterData: true});
                    """);
        }
        writer.script(INNER_BODY + """
                window.__left = {};
                window.__typed = [];
                // What Etherpad's collaboration client sends goes through the socket's send (socket.json is the
                // socket itself): a user changeset carries the text as it stands when it is sent.
                const send = pad.socket.send;
                pad.socket.send = function (message) {
                    if (message && message.data && message.data.type === 'USER_CHANGES') {
                        const length = body.textContent.length;
                        for (let k = 0; k < length; k++) {
                            if (!(k in window.__left)) {
                                window.__left[k] = Date.now();
                            }
                        }
                    }
                    return send.apply(this, arguments);
                };
                body.ownerDocument.addEventListener('keydown', () => window.__typed.push(Date.now()), true);
                inner.contentWindow.focus();
                body.focus();
                """);
        var cdp = (ChromeDriver) writer.driver();
        for (char c : TYPED.toCharArray()) {
            String key = String.valueOf(c);
            cdp.executeCdpCommand("Input.dispatchKeyEvent", Map.of("type", "keyDown", "key", key, "text", key));
            cdp.executeCdpCommand("Input.dispatchKeyEvent", Map.of("type", "keyUp", "key", key));
            Thread.sleep(120);
        }
        Thread.sleep(1500);
        // Each character is counted by the length of the pad's text, which holds nothing but what was typed.
        for (Browser page : pages) {
            Object text = page.script(INNER_BODY + "return body.textContent;");
            if (!TYPED.equals(text)) {
                throw new IllegalStateException("The pad shows \"" + text + "\", not just the text typed");
            }
        }
        var left = numbers(writer.script("return window.__left;"));
        @SuppressWarnings("unchecked")
        var typed = (List<Number>) writer.script("return window.__typed;");
        var figures = new Figures(new ArrayList<>(), new ArrayList<>());
        for (Browser peer : peers) {
            var seen = numbers(peer.script("return window.__seen;"));
            for (int k = 0; k < TYPED.length(); k++) {
                Long shown = seen.get(k);
                if (shown == null || shown == 0) {
                    continue;
                }
                if (left.containsKey(k)) {
                    figures.fromLeaving().add(shown - left.get(k));
                }
                if (k < typed.size()) {
                    figures.fromKeystroke().add(shown - typed.get(k).longValue());
                }
            }
        }
        return figures;
    }

    private record Figures(List<Long> fromLeaving, List<Long> fromKeystroke) {
    }

    private static Map<Integer, Long> numbers(Object byIndex) {
        var numbers = new LinkedHashMap<Integer, Long>();
        ((Map<?, ?>) byIndex).forEach((k, v) -> numbers.put(Integer.valueOf(k.toString()), ((Number) v).longValue()));
        return numbers;
    }

    private static Path install() throws IOException, InterruptedException {
        return Path.of(output(new ProcessBuilder("bash", "src/test/etherpad/install-etherpad.sh")
                .redirectError(ProcessBuilder.Redirect.INHERIT), "Etherpad 1.8.14 could not be installed (npm and "
                + "the npm registry are needed); see the output above"));
    }

    private static String nodeVersion() throws IOException, InterruptedException {
        return output(new ProcessBuilder("node", "--version").redirectErrorStream(true), "node --version failed");
    }

    /** What the command prints, once it has ended well. */
    private static String output(ProcessBuilder command, String failure) throws IOException, InterruptedException {
        var process = command.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8).strip();
        if (process.waitFor() != 0) {
            throw new IllegalStateException(failure + ": " + printed);
        }
        return printed;
    }
}
