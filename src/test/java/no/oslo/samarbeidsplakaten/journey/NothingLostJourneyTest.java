package no.oslo.samarbeidsplakaten.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import no.oslo.samarbeidsplakaten.poster.domain.RowList;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.PosterDocument;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.NetworkCut;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Real browsers typing at once while the poster changes shape under them, and a browser that loses the network
 * mid-sentence: nothing typed is lost, the focus stays where the user is, and peers see the text as it is typed.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class NothingLostJourneyTest {

    private static final String COMMITMENTS = "#forpliktelser vaadin-text-area.commitment-text";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    PosterQueries posterService;

    @Autowired
    WorkshopService workshops;

    Browser kari;
    Browser per;
    Browser guest;
    long posterId;
    String editor;

    @BeforeEach
    void setUp() {
        posterId = testData.freshMosBymPoster();
        editor = "/plakat/" + posterId;
    }

    @AfterEach
    void tearDown() {
        for (Browser browser : new Browser[] {kari, per, guest}) {
            if (browser != null) {
                browser.close();
            }
        }
    }

    @Test
    void threePeopleTypeAtOnceWhileCommitmentsAreAddedMovedAndRemoved() {
        kariPerAndAGuestInTheEditor();

        // Per is mid-sentence in the last commitment of the department's list, and has not paused or left it.
        int departmentCount = load().departmentCommitments().size();
        WebElement perField = commitment(per, departmentCount - 1);
        per.click(perField);
        perField.sendKeys(Keys.chord(Keys.CONTROL, Keys.END));
        // He types at a steady pace, never pausing long enough for a save; Kari sees his words as he types them,
        // marked as his and not saved.
        var previews = new java.util.ArrayList<String>();
        for (char c : " Per skriver midt i en setn".toCharArray()) {
            perField.sendKeys(String.valueOf(c));
            String preview = previewOn(kari, departmentCount - 1);
            if (preview != null) {
                previews.add(preview);
            }
            pause(100);
        }
        assertThat(previews).as("previews Kari saw while Per typed")
                .anyMatch(p -> p.contains("Per Hansen") && p.contains("ikke lagret") && p.contains(" Per skriver m"));

        // Meanwhile Kari adds a commitment, moves the first one down, and removes the second; the guest writes.
        var newLine = kari.driver().findElement(By.cssSelector(
                "#forpliktelser .commitment-list vaadin-text-field input"));
        newLine.sendKeys("Kari la til dette punktet", Keys.ENTER);
        per.waitFor(d -> d.findElements(By.cssSelector(COMMITMENTS)).size() == load().departmentCommitments().size()
                + load().agencyCommitments().size() ? true : null);
        kari.click(kari.driver().findElement(By.cssSelector(
                "#forpliktelser .commitment-list vaadin-button[aria-label='Flytt punkt 1 ned']")));
        kari.waitForVaadin();
        kari.click(kari.driver().findElement(By.cssSelector(
                "#forpliktelser .commitment-list vaadin-button[aria-label='Fjern punkt 2']")));
        guest.replaceText("styringssignaler", "Gjesten skrev dette samtidig.");
        kari.waitForVaadin();
        per.waitFor(d -> d.findElements(By.cssSelector(COMMITMENTS)).size() == load().departmentCommitments().size()
                + load().agencyCommitments().size() ? true : null);

        // Per's field is the same element, still focused, with his unsaved words; he finishes the sentence.
        assertThat(per.script("return document.activeElement && document.activeElement.closest"
                + "('vaadin-text-area') === arguments[0].closest('vaadin-text-area');", perField)).isEqualTo(true);
        assertThat(perField.getAttribute("value")).endsWith("Per skriver midt i en setn");
        perField.sendKeys("ing – ferdig.", Keys.TAB);
        per.waitUntilSaved();

        var rows = load().departmentCommitments();
        assertThat(rows.stream().map(r -> r.cell(RowList.COMMITMENT_TEXT).value()))
                .anyMatch(text -> text.endsWith("Per skriver midt i en setning – ferdig."))
                .contains("Kari la til dette punktet");
        assertThat(load().section(SectionField.SIGNALS).value()).isEqualTo("Gjesten skrev dette samtidig.");
        kari.waitFor(d -> d.findElements(By.cssSelector(COMMITMENTS)).stream()
                .anyMatch(e -> e.getAttribute("value").endsWith("setning – ferdig.")) ? true : null);
        assertThat(kari.driver().findElements(By.cssSelector(".typing-preview"))).isEmpty();
    }

    @Test
    void aSavedTextIsInTheOthersFieldsAtOnceButNeverInAFieldSomebodyIsIn() {
        kariPerAndAGuestInTheEditor();

        // Per is in the steering signals field, his text saved, and stays in it.
        WebElement perField = per.textArea("styringssignaler");
        per.click(perField);
        perField.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE, "Per er i feltet.");
        per.waitUntilSaved();
        kari.waitFor(d -> "Per er i feltet.".equals(kari.textAreaValue("styringssignaler")) ? true : null);

        // The guest's screen notes whether Kari's text is in the field before the guest's view holds it.
        String karis = "Kari lagret dette.";
        guest.script("""
                const [text] = arguments;
                const area = document.querySelector('#styringssignaler vaadin-text-area');
                const value = Object.getOwnPropertyDescriptor(HTMLTextAreaElement.prototype, 'value');
                window.__aheadOfPush = null;
                Object.defineProperty(area.inputElement, 'value', {configurable: true,
                    get() { return value.get.call(this); },
                    set(v) {
                        value.set.call(this, v);
                        if (v === text && window.__aheadOfPush === null) { window.__aheadOfPush = area.value !== text; }
                    }});
                """, karis);
        kari.replaceText("styringssignaler", karis);
        kari.waitUntilSaved();

        // The guest, in no field, has it at once, on the preview socket, ahead of the push that follows.
        Object aheadOfPush = guest.waitFor(d -> guest.script("return window.__aheadOfPush;"));
        assertThat(aheadOfPush).as("shown before the view's push").isEqualTo(true);
        guest.waitFor(d -> karis.equals(guest.textAreaValue("styringssignaler")) ? true : null);
        // Per is in the field: his screen keeps what he sees until he leaves it, the note on the socket too.
        per.waitForVaadin();
        pause(300);
        assertThat(perField.getAttribute("value")).isEqualTo("Per er i feltet.");
        per.script("arguments[0].blur();", perField);
        per.waitFor(d -> karis.equals(perField.getAttribute("value")) ? true : null);
        assertThat(per.textAreaValue("styringssignaler")).isEqualTo(karis);
        assertThat(load().section(SectionField.SIGNALS).value()).isEqualTo(karis);
    }

    @Test
    void thePreviewOfATextThatWasNotSavedGoesFromTheOthersScreensWhenTheTypistLeaves() {
        kariPerAndAGuestInTheEditor();
        kari.replaceText("styringssignaler", "Avtalt tekst.");
        kari.waitUntilSaved();
        per.waitFor(d -> "Avtalt tekst.".equals(per.textAreaValue("styringssignaler")) ? true : null);

        // Per pastes in more than a field holds: Kari sees it come, and it is refused when he leaves the field.
        WebElement perField = per.textArea("styringssignaler");
        per.click(perField);
        per.script("""
                arguments[0].value = arguments[1];
                arguments[0].dispatchEvent(new InputEvent('input', {bubbles: true, composed: true}));
                """, perField, "Per limte inn for mye. ".repeat(100));
        kari.waitFor(d -> signalsPreviewOn(kari) != null ? true : null);
        perField.sendKeys(Keys.TAB);
        per.waitFor(d -> per.script("return document.querySelector('#styringssignaler vaadin-text-area')"
                + ".hasAttribute('data-unsaved');"));

        // Nothing was saved: the preview goes from Kari's screen a moment later, and her field keeps the agreed text.
        kari.waitFor(d -> signalsPreviewOn(kari) == null ? true : null);
        assertThat(kari.textAreaValue("styringssignaler")).isEqualTo("Avtalt tekst.");
        assertThat(per.textAreaValue("styringssignaler")).as("Per keeps what he pasted").startsWith("Per limte inn");
        assertThat(load().section(SectionField.SIGNALS).value()).isEqualTo("Avtalt tekst.");
    }

    @Test
    void theNetworkGoesForTenSecondsWhileTypingAndTheTextIsSavedWhenItIsBack() throws Exception {
        try (var network = new NetworkCut(port)) {
            kari = new Browser(network.port());
            kari.logIn("kari", TestData.PASSWORD);
            kari.open(editor);

            kari.replaceText("styringssignaler", "Skrevet før nettet forsvant.");
            kari.waitUntilSaved();

            network.cut();
            var area = kari.textArea("styringssignaler");
            area.sendKeys(Keys.END, " Og dette mens nettet var borte.");
            area.sendKeys(Keys.TAB);
            kari.waitFor(d -> d.findElement(By.cssSelector(".connection-banner")).getText().startsWith("Frakoblet")
                    ? true : null);
            assertThat(kari.driver().findElement(By.cssSelector(".save-status")).getAttribute("data-pending"))
                    .as("the status says it is still saving").isNotNull();
            Thread.sleep(10_000);
            assertThat(kari.textAreaValue("styringssignaler"))
                    .isEqualTo("Skrevet før nettet forsvant. Og dette mens nettet var borte.");

            network.connect();
            kari.waitFor(d -> ("Skrevet før nettet forsvant. Og dette mens nettet var borte.")
                    .equals(load().section(SectionField.SIGNALS).value()) ? true : null);
            kari.waitUntilSaved();
            assertThat(kari.textAreaValue("styringssignaler"))
                    .isEqualTo("Skrevet før nettet forsvant. Og dette mens nettet var borte.");
        }
    }

    /** Kari and Per in the editor, and a guest who joined the workshop Kari opened. */
    private void kariPerAndAGuestInTheEditor() {
        kari = new Browser(port);
        per = new Browser(port);
        guest = new Browser(port);
        kari.logIn("kari", TestData.PASSWORD);
        kari.open(editor);
        String code = testData.fetchAs("kari", () -> workshops.open(posterId)).joinCode();
        per.logIn("per", TestData.PASSWORD);
        per.open(editor);
        guest.joinAsGuest(code, "Gro Gjest", "Rådgiver");
    }

    /** The live preview under the steering signals field on this browser's screen, or null. */
    private static String signalsPreviewOn(Browser browser) {
        return (String) browser.script("const preview = document.querySelector('#styringssignaler .typing-preview');"
                + " return preview && preview.textContent;");
    }

    /** The live preview under a commitment on this browser's screen, or null. */
    private static String previewOn(Browser browser, int index) {
        return (String) browser.script("const area = document.querySelectorAll(arguments[0])[arguments[1]];"
                + "const preview = area && area.querySelector('.typing-preview'); return preview && preview.textContent;",
                COMMITMENTS, index);
    }

    private static void pause(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private PosterDocument load() {
        return testData.fetchAs("kari", () -> posterService.load(posterId));
    }

    private static WebElement commitment(Browser browser, int index) {
        List<WebElement> areas = browser.driver().findElements(By.cssSelector(COMMITMENTS + " textarea"));
        return areas.get(index);
    }
}
