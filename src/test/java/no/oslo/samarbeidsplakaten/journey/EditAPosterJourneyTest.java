package no.oslo.samarbeidsplakaten.journey;

import static org.assertj.core.api.Assertions.assertThat;

import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
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

/** A department leader logs in, creates their poster, edits it, reloads, and finds the edit kept. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class EditAPosterJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    Browser browser;

    @BeforeEach
    void setUp() {
        testData.removePosters();
        testData.member("kari", "Kari Nordmann", "Kommunaldirektør", "MOS");
        browser = new Browser(port);
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void logInCreateAPosterEditACellReloadAndSeeItKept() {
        browser.logIn("kari", TestData.PASSWORD);
        assertThat(browser.driver().getTitle()).isEqualTo("Oversikt – Samarbeidsplakaten");

        browser.driver().findElement(By.xpath("//vaadin-button[contains(., 'Ny samarbeidsplakat')]")).click();
        chooseInComboBox("Byrådsavdeling", "miljø og samferdsel");
        chooseInComboBox("Virksomhet", "Bymiljø");
        browser.driver().findElement(By.xpath("//vaadin-button[contains(., 'Opprett plakat')]")).click();
        browser.waitFor(d -> d.getCurrentUrl().matches(".*/plakat/\\d+$") ? true : null);
        browser.waitForVaadin();
        String editorUrl = browser.driver().getCurrentUrl();

        WebElement signals = signalsTextArea();
        signals.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        signals.sendKeys("Styringssignaler skrives ned samme dag – æøå <b>ikke fet</b>");
        signals.sendKeys(Keys.TAB);
        browser.waitFor(d -> d.findElement(By.cssSelector(".save-status")).getText()
                .startsWith("Alle endringer er lagret (kl.") ? true : null);

        browser.driver().navigate().refresh();
        browser.waitForVaadin();
        assertThat(browser.driver().getCurrentUrl()).isEqualTo(editorUrl);
        String kept = browser.waitFor(d -> signalsTextArea().getDomProperty("value"));
        assertThat(kept).isEqualTo("Styringssignaler skrives ned samme dag – æøå <b>ikke fet</b>");

        long posterId = Long.parseLong(editorUrl.substring(editorUrl.lastIndexOf('/') + 1));
        browser.open("/plakat/" + posterId + "/visning");
        WebElement shown = browser.waitFor(d -> d.findElement(By.cssSelector("#styringssignaler .text-block")));
        assertThat(shown.getText()).isEqualTo("Styringssignaler skrives ned samme dag – æøå <b>ikke fet</b>");
        assertThat(shown.findElements(By.tagName("b"))).isEmpty();
    }

    private WebElement signalsTextArea() {
        return browser.driver().findElement(By.cssSelector("#styringssignaler vaadin-text-area textarea"));
    }

    private void chooseInComboBox(String label, String typed) {
        WebElement input = browser.waitFor(d -> d.findElement(By.xpath(
                "//vaadin-combo-box[./label[contains(., '" + label + "')]]//input")));
        browser.waitFor(d -> input.isEnabled() ? true : null);
        input.click();
        input.sendKeys(typed);
        browser.waitFor(d -> "true".equals(input.getDomAttribute("aria-expanded")) ? true : null);
        browser.waitForVaadin();
        input.sendKeys(Keys.ARROW_DOWN, Keys.ENTER);
        browser.waitForVaadin();
    }
}
