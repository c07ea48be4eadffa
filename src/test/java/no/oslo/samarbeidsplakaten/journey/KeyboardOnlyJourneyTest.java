package no.oslo.samarbeidsplakaten.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.Conflicts;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The workshop by keyboard only, in a real Chromium: every step is a key press (Tab, Enter, Space, arrows, typing),
 * never a click. After every Tab the focused control must show a focus indicator, and every control must be reached
 * by Tab within a bounded number of presses (no trap). A screen reader's live region hears who joins and what a peer
 * changed; the conflict dialog takes the focus and gives it back to the field.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class KeyboardOnlyJourneyTest {

    /** The focused control, seen through shadow roots: its tag and accessible name, and whether focus shows. */
    private static final String FOCUSED = """
            let e = document.activeElement;
            while (e && e.shadowRoot && e.shadowRoot.activeElement) e = e.shadowRoot.activeElement;
            if (!e || e === document.body) return ['body', '', true];
            const host = e.closest('vaadin-button, vaadin-text-field, vaadin-password-field, vaadin-text-area,'
                + ' vaadin-select, vaadin-combo-box, vaadin-checkbox, vaadin-radio-button, vaadin-grid, a') || e;
            const label = host.querySelector(':scope > label');
            const name = host.getAttribute('aria-label') || (label && label.textContent) || host.textContent || '';
            // Drawn, not just flagged: an outline or a ring (box shadow) on the element, a pseudo-element of it, or a
            // part of its shadow DOM.
            const drawn = el => [null, '::before', '::after'].some(pseudo => {
              const style = getComputedStyle(el, pseudo);
              return (style.outlineStyle !== 'none' && parseFloat(style.outlineWidth) > 0)
                  || (style.boxShadow && style.boxShadow !== 'none');
            });
            const shows = el => !!el && el.nodeType === 1
                && (drawn(el) || (!!el.shadowRoot && [...el.shadowRoot.querySelectorAll('[part]')].some(drawn)));
            let visible = shows(e) || shows(host);
            for (let up = e.getRootNode().host; !visible && up; up = up.getRootNode().host) visible = shows(up);
            return [host.tagName.toLowerCase(), name.replace(/\\s+/g, ' ').trim(), visible];""";

    private static final String SIGNALS = "Styringssignaler skrives ned";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    PosterQueries posters;

    @Autowired
    CellEditing cells;

    @Autowired
    WorkshopService workshops;

    @TempDir
    Path downloads;

    Browser kari;
    Browser guest;
    long posterId;
    final List<String> noFocusShown = new ArrayList<>();

    @BeforeEach
    void poster() {
        posterId = testData.freshMosBymPoster();
        testData.fetchAs("kari", () -> workshops.open(posterId));
        kari = new Browser(port);
    }

    @AfterEach
    void close() {
        kari.close();
        if (guest != null) {
            guest.close();
        }
    }

    @Test
    void aWholeWorkshopByKeyboardOnly() throws Exception {
        kari.open("/login");
        tabTo(kari, "vaadin-text-field", "Brukernavn");
        type(kari, "kari");
        tabTo(kari, "vaadin-password-field", "Passord");
        type(kari, TestData.PASSWORD);
        press(kari, Keys.ENTER);
        kari.waitFor(d -> d.getCurrentUrl().contains("/login") ? null : true);
        kari.waitForVaadin();

        // The overview: the first stop is the skip link. The poster is opened from the kartlegging's list of pairs.
        press(kari, Keys.TAB);
        assertThat(focused(kari).get(1)).isEqualTo("Hopp til innholdet");
        tabTo(kari, "a", "Kartlegging");
        press(kari, Keys.ENTER);
        kari.waitFor(d -> d.getCurrentUrl().endsWith("/kartlegging") ? true : null);
        tabTo(kari, "a", "Bymiljøetaten");
        press(kari, Keys.ENTER);
        kari.waitFor(d -> d.getCurrentUrl().endsWith("/plakat/" + posterId) ? true : null);
        kari.waitForVaadin();

        // Moving within the app puts the focus on the new view; on a page load (F5) the skip link is the first stop
        // and leads past the bar and the toolbar to the poster itself.
        assertThat((String) kari.script("return document.activeElement.id")).isEqualTo("innhold");
        kari.driver().navigate().refresh();
        kari.waitForVaadin();
        press(kari, Keys.TAB);
        assertThat(focused(kari).get(1)).isEqualTo("Hopp til innholdet");
        press(kari, Keys.ENTER);
        assertThat((Boolean) kari.script("return document.activeElement.classList.contains('poster-sheet')")).isTrue();

        // A field
        tabTo(kari, "vaadin-text-area", "Slik skriftliggjør og forankrer vi styringssignaler");
        chord(kari, "a");
        type(kari, SIGNALS);
        kari.waitUntilSaved();
        assertThat(kari.textAreaValue("styringssignaler")).isEqualTo(SIGNALS);
        // A screen reader hears that it is saved, and one's own change is not read out as somebody's news.
        kari.waitFor(d -> announced(kari).contains("Endringene dine er lagret.") ? true : null);
        assertThat(announced(kari)).doesNotContain("Kari Nordmann");

        // A meeting: add, move up, remove
        tabTo(kari, "vaadin-button", "Legg til møte");
        press(kari, Keys.ENTER);
        kari.waitFor(d -> d.findElement(By.cssSelector("vaadin-dialog[opened]")));
        type(kari, "Strategimøte");
        press(kari, Keys.ENTER);
        kari.waitFor(d -> meetingNames(kari).contains("Strategimøte") ? true : null);
        int addedAt = meetingNames(kari).indexOf("Strategimøte");
        tabTo(kari, "vaadin-button", "Flytt «Strategimøte» opp");
        press(kari, Keys.ENTER);
        kari.waitFor(d -> meetingNames(kari).indexOf("Strategimøte") < addedAt ? true : null);
        // The focus stays on the moved meeting's button.
        assertThat(focused(kari).get(1)).startsWith("Flytt «Strategimøte»");
        tabTo(kari, "vaadin-button", "Fjern «Strategimøte»");
        press(kari, Keys.ENTER);
        kari.waitFor(d -> d.findElement(By.cssSelector("vaadin-confirm-dialog[opened]")));
        tabTo(kari, "vaadin-button", "Fjern møtet");
        press(kari, Keys.ENTER);
        kari.waitFor(d -> meetingNames(kari).contains("Strategimøte") ? null : true);

        // A commitment: add, move up, remove
        tabTo(kari, "vaadin-text-field", "Nytt punkt");
        type(kari, "Svare innen en uke");
        press(kari, Keys.ENTER);
        kari.waitFor(d -> commitments(kari).contains("Svare innen en uke") ? true : null);
        int added = commitments(kari).indexOf("Svare innen en uke") + 1;
        tabTo(kari, "vaadin-button", "Flytt punkt " + added + " opp");
        press(kari, Keys.SPACE);
        kari.waitFor(d -> commitments(kari).indexOf("Svare innen en uke") == added - 2 ? true : null);
        assertThat(focused(kari).get(1)).startsWith("Flytt punkt " + (added - 1));
        tabTo(kari, "vaadin-button", "Fjern punkt " + (added - 1));
        press(kari, Keys.ENTER);
        kari.waitFor(d -> commitments(kari).contains("Svare innen en uke") ? null : true);

        // An open question on the field last worked in
        tabTo(kari, "vaadin-text-area", "Slik skriftliggjør og forankrer vi styringssignaler");
        tabTo(kari, "vaadin-button", "Marker «må avklares»");
        press(kari, Keys.ENTER);
        kari.waitFor(d -> d.findElement(By.cssSelector("vaadin-dialog[opened]")));
        type(kari, "Hvem skriver ned signalene?");
        tabTo(kari, "vaadin-button", "Marker");
        press(kari, Keys.ENTER);
        kari.waitFor(d -> d.findElement(By.xpath("//vaadin-button[contains(., 'Må avklares (1)')]")));

        // A guest joins by keyboard; Kari's screen reader hears it, and what the guest changes.
        String code = testData.fetchAs("kari", () -> workshops.findOpen(posterId)).orElseThrow().joinCode();
        guest = new Browser(port);
        guest.open("/verksted/" + code.replace("-", ""));
        tabTo(guest, "vaadin-text-field", "Navnet ditt");
        type(guest, "Gunnar Gjest");
        // A radio group is one Tab stop; the arrow keys choose within it.
        tabTo(guest, "vaadin-radio-button", "Byrådsavdelingen");
        press(guest, Keys.ARROW_DOWN);
        assertThat(focused(guest).get(1)).isEqualTo("Virksomheten");
        tabTo(guest, "vaadin-combo-box", "Stilling eller rolle");
        type(guest, "Etatssjef");
        press(guest, Keys.ENTER);
        tabTo(guest, "vaadin-button", "Bli med");
        press(guest, Keys.ENTER);
        guest.waitFor(d -> d.getCurrentUrl().endsWith("/plakat/" + posterId) ? true : null);
        guest.waitForVaadin();
        kari.waitFor(d -> announced(kari).contains("Gunnar Gjest ble med.") ? true : null);
        tabTo(guest, "vaadin-text-area", "Formål med styringsdialogen");
        chord(guest, Keys.END);
        type(guest, " Gjesten la til dette.");
        press(guest, Keys.TAB);
        guest.waitUntilSaved();
        kari.waitFor(d -> announced(kari).contains("Gunnar Gjest (Etatssjef) endret") ? true : null);

        // Approve
        tabTo(kari, "vaadin-button", "Godkjenn for Byrådsavdelingen");
        press(kari, Keys.ENTER);
        kari.waitFor(d -> d.findElement(By.xpath("//*[contains(@class,'approval-chip') and contains(., 'godkjent av')]")));

        // Export: the dialog, then the PDF, downloaded
        ((ChromiumDriver) kari.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        tabTo(kari, "a", "Vis plakaten");
        press(kari, Keys.ENTER);
        kari.waitFor(d -> d.getCurrentUrl().endsWith("/visning") ? true : null);
        tabTo(kari, "vaadin-button", "Last ned");
        press(kari, Keys.ENTER);
        kari.waitFor(d -> d.findElement(By.cssSelector("vaadin-dialog.export-dialog[opened], vaadin-dialog[opened]")));
        tabTo(kari, "vaadin-button", "Last ned PDF");
        press(kari, Keys.ENTER);
        kari.waitFor(d -> {
            try (var files = Files.list(downloads)) {
                return files.anyMatch(f -> f.toString().endsWith(".pdf")) ? true : null;
            } catch (java.io.IOException e) {
                return null;
            }
        });
        press(kari, Keys.ESCAPE);
        kari.waitFor(d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty() ? true : null);
        tabTo(kari, "a", "Rediger plakaten");
        press(kari, Keys.ENTER);
        kari.waitFor(d -> d.getCurrentUrl().endsWith("/plakat/" + posterId) ? true : null);

        // A conflict: the dialog takes the focus, and Escape or a choice gives it back to the field.
        tabTo(kari, "vaadin-text-area", "Slik skriftliggjør og forankrer vi styringssignaler");
        chord(kari, Keys.END);
        Conflicts.peerSavesSignalsWhileTyping(testData, posters, cells, posterId, "per", "Per skrev samtidig.",
                () -> type(kari, " Kari"));
        type(kari, " skriver.");
        kari.waitFor(d -> d.findElement(By.cssSelector("vaadin-dialog.conflict-dialog[opened]")));
        kari.waitFor(d -> focused(kari).get(1).contains("Din tekst") ? true : null);
        tabTo(kari, "vaadin-button", "Lagre min tekst");
        press(kari, Keys.ENTER);
        kari.waitFor(d -> d.findElements(By.cssSelector("vaadin-dialog.conflict-dialog[opened]")).isEmpty() ? true : null);
        kari.waitFor(d -> focused(kari).get(1).contains("Slik skriftliggjør og forankrer vi styringssignaler") ? true : null);
        kari.waitUntilSaved();
        // Her text, kept: a slow machine may have needed more than one round of " Kari" for Per to come first.
        assertThat(kari.textAreaValue("styringssignaler")).startsWith(SIGNALS + " Kari").endsWith(" Kari skriver.");

        assertThat(noFocusShown).as("controls that had the focus without showing it").isEmpty();
    }

    private List<String> meetingNames(Browser browser) {
        @SuppressWarnings("unchecked")
        var names = (List<String>) browser.script(
                "return [...document.querySelectorAll('.meeting-card .meeting-name input')].map(i => i.value);");
        return names;
    }

    /** The department's commitments, the first list. */
    private List<String> commitments(Browser browser) {
        @SuppressWarnings("unchecked")
        var texts = (List<String>) browser.script("return [...document.querySelector('.commitment-list')"
                + ".querySelectorAll('.commitment textarea')].map(area => area.value);");
        return texts;
    }

    private static String announced(Browser browser) {
        return (String) browser.script("return document.querySelector('.announcer').textContent;");
    }

    /** Presses Tab until the focused control is the one named, checking at every stop that the focus shows. */
    private void tabTo(Browser browser, String tag, String name) {
        List<String> passed = new ArrayList<>();
        for (int presses = 0; presses < 250; presses++) {
            var now = focused(browser);
            if (now.get(0).equals(tag) && now.get(1).startsWith(name)) {
                return;
            }
            press(browser, Keys.TAB);
            now = focused(browser);
            passed.add(now.get(0) + " " + now.get(1));
            if (!now.get(2).equals("true") && !now.get(0).equals("body")) {
                noFocusShown.add(now.get(0) + " \"" + now.get(1) + "\"");
            }
        }
        throw new AssertionError("Tab never reached " + tag + " \"" + name + "\"; passed "
                + passed.subList(Math.max(0, passed.size() - 30), passed.size()));
    }

    private List<String> focused(Browser browser) {
        @SuppressWarnings("unchecked")
        var state = (List<Object>) browser.script(FOCUSED);
        return state.stream().map(String::valueOf).toList();
    }

    private static void press(Browser browser, CharSequence... keys) {
        for (CharSequence key : keys) {
            new Actions(browser.driver()).sendKeys(key).perform();
            browser.waitForVaadin();
        }
    }

    /** Control with a key: Ctrl+A selects all, Ctrl+End goes to the end of the text. */
    private static void chord(Browser browser, CharSequence key) {
        new Actions(browser.driver()).keyDown(Keys.CONTROL).sendKeys(key).keyUp(Keys.CONTROL).perform();
    }

    private static void type(Browser browser, String text) {
        new Actions(browser.driver()).sendKeys(text).perform();
    }
}
