package no.oslo.samarbeidsplakaten.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import no.oslo.samarbeidsplakaten.Application;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.support.AppProcess;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.TimeoutException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.builder.SpringApplicationBuilder;

/**
 * "Lagret" is a promise that survives {@code kill -9}: a browser types edit after edit into the poster and waits for
 * each to be confirmed; the server, a process of its own on its default settings, is killed with SIGKILL at a random
 * moment and started again, five times. Every edit the browser showed as saved is there afterwards, and what was
 * typed but not yet confirmed comes back from the browser and is saved once the server is up again.
 */
class KillNineJourneyTest {

    private static final String FIELDS = "#formal vaadin-text-area, #styringsdokumenter vaadin-text-area, "
            + "#styringssignaler vaadin-text-area";
    private static final int ROUNDS = 5;

    @TempDir
    Path data;

    @Test
    void everyEditShownAsSavedSurvivesKillNine() throws Exception {
        long seed = Long.getLong("killNine.seed", System.nanoTime());
        System.out.println("KillNineJourneyTest seed: " + seed + " (rerun with -DkillNine.seed=" + seed + ")");
        var random = new Random(seed);
        Path database = data.resolve("db");
        long posterId = seedPoster(database);

        Map<Integer, String> confirmed = new HashMap<>();
        Map<Integer, List<String>> typedSince = new HashMap<>();
        int confirmedCount = 0;
        var killer = Executors.newSingleThreadScheduledExecutor();
        try (var app = new AppProcess(database, data.resolve("app.log"))) {
            Browser browser = null;
            try {
                for (int round = 1; round <= ROUNDS + 1; round++) {
                    app.start();
                    if (browser == null) {
                        browser = new Browser(app.port());
                    }
                    browser.logIn("kari", TestData.PASSWORD);
                    browser.open("/plakat/" + posterId);
                    assertEverySavedEditIsThere(browser, confirmed, typedSince, round);
                    assertTextTypedBeforeTheKillIsBackAndSaved(browser, typedSince, round, data.resolve("app.log"));
                    typedSince.forEach((field, texts) -> confirmed.put(field, texts.getLast()));
                    typedSince.clear();
                    if (round > ROUNDS) {
                        break;
                    }
                    var killed = killer.schedule(() -> {
                        app.kill();
                        return null;
                    }, 3_000 + random.nextInt(5_000), TimeUnit.MILLISECONDS);
                    for (int edit = 0; !killed.isDone(); edit++) {
                        int field = random.nextInt(browser.driver().findElements(By.cssSelector(FIELDS)).size());
                        String text = "Runde " + round + ", redigering " + edit + " – æøå";
                        if (typeAndWaitForSaved(browser, field, text)) {
                            confirmed.put(field, text);
                            typedSince.remove(field);
                            confirmedCount++;
                        } else {
                            typedSince.computeIfAbsent(field, f -> new ArrayList<>()).add(text);
                        }
                    }
                    killed.get();
                }
            } finally {
                if (browser != null) {
                    browser.close();
                }
            }
        } finally {
            killer.shutdownNow();
        }
        System.out.println("KillNineJourneyTest: " + confirmedCount + " edits confirmed as saved over " + ROUNDS
                + " kills; all of them there after the restarts");
        assertThat(confirmedCount).as("edits confirmed before the kills").isGreaterThan(ROUNDS);
    }

    /** Users and a poster, made by the app itself on the file database the killed process will use. */
    private static long seedPoster(Path database) {
        try (var app = new SpringApplicationBuilder(Application.class).run("--server.port=0",
                "--samarbeidsplakaten.db.path=" + database, "--samarbeidsplakaten.export.warm-up=false")) {
            var testData = app.getBean(TestData.class);
            testData.member("kari", "Kari Nordmann", "Kommunaldirektør", "MOS");
            return testData.fetchAs("kari", () -> app.getBean(PosterLifecycle.class).create(
                    testData.organisationId("MOS"), testData.organisationId("BYM")));
        }
    }

    /** @return whether the browser showed the edit as saved before the server went away */
    private static boolean typeAndWaitForSaved(Browser browser, int index, String text) {
        try {
            WebElement host = browser.driver().findElements(By.cssSelector(FIELDS)).get(index);
            String revisionBefore = host.getAttribute("data-revision");
            WebElement area = host.findElement(By.cssSelector("textarea"));
            browser.click(area);
            area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            area.sendKeys(text, Keys.TAB);
            new WebDriverWait(browser.driver(), Duration.ofSeconds(4)).until(d -> {
                var status = d.findElement(By.cssSelector(".save-status"));
                return status.getText().startsWith("Alle endringer er lagret (kl.")
                        && status.getAttribute("data-pending") == null
                        && !String.valueOf(revisionBefore).equals(host.getAttribute("data-revision"))
                        && text.equals(host.getAttribute("value"));
            });
            return true;
        } catch (RuntimeException serverGone) {
            return false;
        }
    }

    /**
     * What was typed but not yet confirmed when the server died is kept by the browser: the editor puts it back and
     * saves it once the server is up again.
     */
    private static void assertTextTypedBeforeTheKillIsBackAndSaved(Browser browser,
            Map<Integer, List<String>> typedSince, int round, Path appLog) {
        typedSince.forEach((index, texts) -> browser.waitFor(d -> texts.getLast().equals(
                d.findElements(By.cssSelector(FIELDS)).get(index).getAttribute("value")) ? true : null));
        try {
            browser.waitFor(d -> d.findElement(By.cssSelector(".save-status")).getText()
                    .startsWith("Alle endringer er lagret") ? true : null);
        } catch (TimeoutException notSaved) {
            throw new AssertionError("After restart " + (round - 1) + " the put-back text was not saved: "
                    + browser.saveStatusReport() + "\nThe app's warnings:\n" + warningsIn(appLog), notSaved);
        }
        if (!typedSince.isEmpty()) {
            System.out.println("KillNineJourneyTest: after restart " + (round - 1) + ", " + typedSince.size()
                    + " unconfirmed text(s) were put back from the browser and saved");
        }
    }

    private static String warningsIn(Path appLog) {
        try (var lines = Files.lines(appLog)) {
            return lines.filter(line -> line.contains(" WARN ") || line.contains(" ERROR "))
                    .collect(Collectors.joining("\n"));
        } catch (IOException e) {
            return "(" + appLog + " unreadable: " + e.getMessage() + ")";
        }
    }

    private static void assertEverySavedEditIsThere(Browser browser, Map<Integer, String> confirmed,
            Map<Integer, List<String>> typedSince, int round) {
        var fields = browser.waitFor(d -> {
            var shown = d.findElements(By.cssSelector(FIELDS));
            return shown.isEmpty() ? null : shown;
        });
        confirmed.forEach((index, text) -> {
            String shown = fields.get(index).getAttribute("value");
            // A later edit of the same field that committed just before the kill may stand instead.
            var allowed = new ArrayList<>(typedSince.getOrDefault(index, List.of()));
            allowed.add(text);
            assertThat(shown).as("field %d after restart %d", index, round - 1).isIn(allowed);
        });
    }
}
