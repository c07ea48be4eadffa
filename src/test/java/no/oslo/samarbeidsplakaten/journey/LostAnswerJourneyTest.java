package no.oslo.samarbeidsplakaten.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterEvents.CellChanged;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.NetworkCut;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A save that went through while its answer never came back (the network or the server gone right after the commit),
 * and the user typed on: when the editor opens again, the kept text continues the user's own saved text without a
 * question; a kept text whose cell somebody else changed meanwhile is still asked about.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LostAnswerJourneyTest {

    private static final String SAVED_WITHOUT_ANSWER = "Første del, lagret uten svar.";
    /** Pulls the cable right after a commit, before the answer goes out; set by the test that needs it. */
    private static volatile Runnable afterCommit = () -> { };
    private static volatile String commitToCutAfter = "";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    PosterQueries posters;

    @Autowired
    CellEditing cells;

    Browser kari;
    long posterId;

    @BeforeEach
    void setUp() {
        posterId = testData.freshMosBymPoster();
    }

    @AfterEach
    void tearDown() {
        afterCommit = () -> { };
        commitToCutAfter = "";
        if (kari != null) {
            kari.close();
        }
    }

    @Test
    void textTypedOnAfterASaveWhoseAnswerWasLostIsSavedWithoutAQuestion() throws Exception {
        try (var network = new NetworkCut(port)) {
            var committed = new CountDownLatch(1);
            commitToCutAfter = SAVED_WITHOUT_ANSWER;
            afterCommit = () -> {
                try {
                    network.cut();
                } catch (java.io.IOException e) {
                    throw new IllegalStateException(e);
                }
                committed.countDown();
            };
            kari = new Browser(network.port());
            kari.logIn("kari", TestData.PASSWORD);
            kari.open("/plakat/" + posterId);

            var area = kari.textArea("styringssignaler");
            kari.click(area);
            area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            area.sendKeys(SAVED_WITHOUT_ANSWER);
            // The pause in typing saves the text; the commit pulls the cable, so the answer never reaches Kari.
            assertThat(committed.await(20, TimeUnit.SECONDS)).as("the pause saved the text").isTrue();
            assertThat(signals().value()).isEqualTo(SAVED_WITHOUT_ANSWER);
            area.sendKeys(" Andre del, skrevet etterpå.");

            reopenInANewTab(network);

            kari.waitUntilSaved();
            assertThat(kari.driver().findElements(By.cssSelector("vaadin-dialog.conflict-dialog[opened]")))
                    .as("Kari is not asked to choose between her own two texts").isEmpty();
            assertThat(signals().value()).isEqualTo(SAVED_WITHOUT_ANSWER + " Andre del, skrevet etterpå.");
            assertThat(kari.textAreaValue("styringssignaler"))
                    .isEqualTo(SAVED_WITHOUT_ANSWER + " Andre del, skrevet etterpå.");
        }
    }

    @Test
    void aKeptTextWhoseCellSomebodyElseChangedIsAskedAbout() throws Exception {
        try (var network = new NetworkCut(port)) {
            kari = new Browser(network.port());
            kari.logIn("kari", TestData.PASSWORD);
            kari.open("/plakat/" + posterId);

            network.cut();
            var area = kari.textArea("styringssignaler");
            kari.click(area);
            area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
            area.sendKeys("Kari skrev dette uten nett.");
            Thread.sleep(1_000);
            area.sendKeys(" Og mer.");
            var before = signals();
            testData.as("per", () -> cells.updateCell(posterId, before.id(), before.revision(),
                    "Per lagret dette imens."));

            reopenInANewTab(network);

            kari.waitFor(d -> d.findElement(By.cssSelector("vaadin-dialog.conflict-dialog[opened]")));
            assertThat(signals().value()).as("Per's text stands until Kari chooses").isEqualTo("Per lagret dette imens.");
        }
    }

    /** The old tab is closed while the cable is out, so only what this browser kept can bring the text back. */
    private void reopenInANewTab(NetworkCut network) throws java.io.IOException {
        var driver = kari.driver();
        String oldTab = driver.getWindowHandle();
        driver.switchTo().newWindow(WindowType.TAB);
        String newTab = driver.getWindowHandle();
        driver.switchTo().window(oldTab).close();
        driver.switchTo().window(newTab);
        network.connect();
        kari.open("/plakat/" + posterId);
    }

    private PosterDocument.Cell signals() {
        return testData.fetchAs("kari", () -> posters.load(posterId)).section(SectionField.SIGNALS);
    }

    @TestConfiguration
    static class CutAfterCommit {

        @TransactionalEventListener
        void committed(CellChanged change) {
            if (change.value().equals(commitToCutAfter)) {
                afterCommit.run();
            }
        }
    }
}
