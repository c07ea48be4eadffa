package no.oslo.samarbeidsplakaten.journey;

import static org.assertj.core.api.Assertions.assertThat;

import no.oslo.samarbeidsplakaten.poster.PosterAddress;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.template.service.TemplateService;
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
 * The mayor's office changes a guidance text and a default text and adds a reflection question (a second
 * administrator sees it live), publishes version 2; a pair's draft adopts it choosing per part; their agreed version 1
 * is unchanged; and a new poster starts from version 2.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class TemplateJourneyTest {

    private static final String GUIDANCE = "Møtene vi holder – med roller, ikke navn, og hvor ofte.";
    private static final String SIGNALS = "Styringssignaler skrives ned samme dag og sendes virksomheten.";
    private static final String QUESTION = "Hvem tar opp risiko først, og når?";
    private static final String OWN_PURPOSE = "Vi bruker styringsdialogen til å løfte blikket sammen.";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    PosterQueries queries;

    @Autowired
    CellEditing cells;

    @Autowired
    PosterLifecycle lifecycle;

    @Autowired
    TemplateService templates;

    Browser anne;
    Browser ola;
    Browser kari;
    long posterId;
    String oldSignals;

    @BeforeEach
    void agreedPosterWithTheirOwnPurpose() {
        testData.resetTemplate();
        testData.account("anne", "Anne Admin", "Seniorrådgiver", "BLK", AppRole.ADMIN);
        testData.account("ola", "Ola Admin", "Rådgiver", "BLK", AppRole.ADMIN);
        posterId = testData.agreedMosBymPoster();
        testData.as("kari", () -> {
            var poster = queries.load(posterId);
            oldSignals = poster.section(SectionField.SIGNALS).value();
            var purpose = poster.section(SectionField.PURPOSE);
            cells.updateCell(posterId, purpose.id(), purpose.revision(), OWN_PURPOSE);
        });
        anne = new Browser(port);
        ola = new Browser(port);
        kari = new Browser(port);
    }

    @AfterEach
    void shipped() {
        anne.close();
        ola.close();
        kari.close();
        testData.resetTemplate();
    }

    @Test
    void theOfficePublishesVersionTwoAndAPairAdoptsItPartByPart() {
        anne.logIn("anne", TestData.PASSWORD);
        anne.open("/maler");
        ola.logIn("ola", TestData.PASSWORD);
        ola.open("/maler");

        replace(anne, "sections/meetings/guidance/nb", GUIDANCE);
        replace(anne, "cells/signals.text", SIGNALS);
        replace(anne, "cells/purpose.text", "Styringsdialogen gir felles forståelse av mål og resultater.");
        anne.waitFor(d -> saveState(anne).equals("✓ Alle endringer i utkastet er lagret")
                || saveState(anne).equals("Alle endringer i utkastet er lagret") ? true : null);
        ola.waitFor(d -> GUIDANCE.equals(value(ola, "sections/meetings/guidance/nb")) ? true : null);

        anne.click(button(anne, "Legg til refleksjonsspørsmål"));
        anne.waitFor(d -> d.findElements(By.cssSelector("#mal-questions .template-card")).size() == 7 ? true : null);
        var question = anne.driver().findElements(By.cssSelector("#mal-questions .template-card")).getLast();
        String path = question.findElement(By.cssSelector("vaadin-text-area")).getAttribute("data-path");
        replace(anne, path, QUESTION);
        replace(anne, path.replace("/nb", "/en"), "Who raises risk first, and when?");
        ola.waitFor(d -> QUESTION.equals(value(ola, path)) ? true : null);

        anne.click(button(anne, "Publiser versjon 2 …"));
        var note = anne.waitFor(d -> d.findElement(By.cssSelector("vaadin-dialog vaadin-text-area textarea")));
        note.sendKeys("Ny veiledning til møtene, signaler samme dag og et nytt refleksjonsspørsmål.");
        anne.click(button(anne, "Publiser versjon 2"));
        anne.waitFor(d -> d.findElement(By.xpath("//p[contains(., 'Utkast til versjon 3')]")));
        ola.waitFor(d -> d.findElement(By.xpath("//p[contains(., 'Utkast til versjon 3')]")));
        assertThat(templates.current().version()).isEqualTo(2);

        kari.logIn("kari", TestData.PASSWORD);
        kari.open("/" + PosterAddress.editor(posterId));
        var offer = kari.waitFor(d -> d.findElement(By.cssSelector(".template-offer")));
        assertThat(offer.getText()).contains("Ny mal tilgjengelig: versjon 2. Plakaten følger versjon 1.");
        kari.click(offer.findElement(By.tagName("vaadin-button")));

        var signals = kari.waitFor(d -> d.findElement(By.cssSelector("[data-change='cell:signals.text']")));
        assertThat(signals.findElements(By.cssSelector(".adopt-diff ins")).stream().map(TemplateJourneyTest::text)
                .reduce("", String::concat)).as("the template's new words are marked").contains("samme dag");
        assertThat(checked(signals)).isEqualTo("Ta malens tekst");
        var purpose = kari.driver().findElement(By.cssSelector("[data-change='cell:purpose.text']"));
        assertThat(text(purpose.findElement(By.cssSelector(".adopt-ours")))).contains(OWN_PURPOSE);
        assertThat(checked(purpose)).as("their own text is kept unless they choose").isEqualTo("Behold vår tekst");
        assertThat(text(kari.driver().findElement(By.cssSelector("[data-change^='question:']"))))
                .contains(QUESTION).contains("Følger med den nye versjonen.");

        kari.click(button(kari, "Ta i bruk versjon 2 …"));
        kari.click(kari.waitFor(d -> d.findElement(By.xpath(
                "//vaadin-confirm-dialog//vaadin-button[contains(., 'Ja, ta i bruk versjon 2')]"))));

        kari.waitFor(d -> SIGNALS.equals(kari.textAreaValue("styringssignaler")) ? true : null);
        assertThat(kari.textAreaValue("formal")).isEqualTo(OWN_PURPOSE);
        assertThat(kari.driver().findElement(By.id("motene")).getText()).contains(GUIDANCE);
        assertThat(kari.driver().findElement(By.id("refleksjon")).getText()).contains(QUESTION);
        assertThat(kari.driver().findElements(By.cssSelector(".template-offer")).stream()
                .noneMatch(WebElement::isDisplayed)).isTrue();

        // The agreed version 1 still has the old text: the draft compared with it shows the change.
        kari.open("/plakat/" + posterId + "/sammenlign?fra=1");
        var changed = kari.waitFor(d -> d.findElements(By.cssSelector(".compare-field[data-changed='true']")).stream()
                .filter(f -> f.getText().contains("Slik skriftliggjør og forankrer vi styringssignaler"))
                .findFirst().orElse(null));
        assertThat(changed.findElement(By.tagName("ins")).getText()).isNotBlank();
        kari.open("/plakat/" + posterId + "/versjon/1");
        assertThat(kari.driver().findElement(By.id("styringssignaler")).getText()).contains(oldSignals)
                .doesNotContain(SIGNALS);

        // A new poster starts from version 2.
        long vav = testData.fetchAs("kari",
                () -> lifecycle.create(testData.organisationId("MOS"), testData.organisationId("VAV")));
        kari.open("/plakat/" + vav);
        assertThat(kari.driver().findElement(By.cssSelector(".poster-title")).getText()).contains("versjon 2");
        assertThat(kari.textAreaValue("styringssignaler")).isEqualTo(SIGNALS);
        assertThat(kari.driver().findElements(By.cssSelector(".template-offer")).stream()
                .noneMatch(WebElement::isDisplayed)).isTrue();
    }

    /** Replaces a template field's text as a user would, and leaves the field. */
    private static void replace(Browser browser, String path, String text) {
        WebElement area = browser.waitFor(d -> d.findElement(By.cssSelector(
                "vaadin-text-area[data-path='" + path + "'] textarea")));
        browser.click(area);
        area.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        area.sendKeys(text);
        area.sendKeys(Keys.TAB);
        browser.waitForVaadin();
    }

    private static String value(Browser browser, String path) {
        return (String) browser.script("var f = document.querySelector(\"vaadin-text-area[data-path='\" + "
                + "arguments[0] + \"']\"); return f ? f.value : null;", path);
    }

    private static String saveState(Browser browser) {
        return browser.driver().findElement(By.cssSelector(".template-toolbar .save-status")).getText();
    }

    private static WebElement button(Browser browser, String text) {
        return browser.waitFor(d -> d.findElements(By.tagName("vaadin-button")).stream()
                .filter(b -> b.getText().strip().equals(text) && b.isDisplayed()).findFirst().orElse(null));
    }

    private static String checked(WebElement change) {
        return change.findElements(By.cssSelector("vaadin-radio-button")).stream()
                .filter(b -> b.getAttribute("checked") != null).findFirst().orElseThrow().getDomProperty("textContent")
                .strip();
    }

    /** The element's text, also where the dialog has it scrolled out of sight. */
    private static String text(WebElement element) {
        return element.getDomProperty("textContent");
    }
}
