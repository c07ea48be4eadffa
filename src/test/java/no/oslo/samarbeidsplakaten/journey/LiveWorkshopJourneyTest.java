package no.oslo.samarbeidsplakaten.journey;

import static org.assertj.core.api.Assertions.assertThat;

import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WindowType;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** Two and three real browsers on one poster: what one commits, the others see; nobody's edit is lost. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LiveWorkshopJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    PosterLifecycle lifecycle;

    Browser kari;
    Browser per;
    Browser guest;
    long posterId;
    String editor;

    @BeforeEach
    void setUp() {
        posterId = testData.freshMosBymPoster();
        editor = "/plakat/" + posterId;
        kari = new Browser(port);
        per = new Browser(port);
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
    void editsAppearInTheOtherBrowserAndPresenceFollowsJoinAndLeave() {
        kari.logIn("kari", TestData.PASSWORD);
        kari.open(editor);
        per.logIn("per", TestData.PASSWORD);
        per.open(editor);
        kari.waitFor(d -> presentNames(kari).contains("Per Hansen") ? true : null);
        assertThat(presentNames(per)).contains("Kari Nordmann", "Per Hansen");

        kari.replaceText("styringssignaler", "Skrives ned samme dag, sier Kari.");
        per.waitFor(d -> "Skrives ned samme dag, sier Kari.".equals(per.textAreaValue("styringssignaler"))
                ? true : null);

        // Per has a second tab; closing it must not make him leave, closing the last one must.
        String first = per.driver().getWindowHandle();
        per.driver().switchTo().newWindow(WindowType.TAB);
        per.open(editor);
        per.driver().close();
        per.driver().switchTo().window(first);
        per.driver().switchTo().newWindow(WindowType.TAB);
        per.driver().get("about:blank");
        per.driver().switchTo().window(first);
        assertThat(presentNames(kari)).contains("Per Hansen");
        per.driver().close();
        kari.waitFor(d -> !presentNames(kari).contains("Per Hansen") ? true : null);
    }

    @Test
    void everyoneSeesWhichFieldTheOthersAreInAlsoInATabOpenedLater() {
        kari.logIn("kari", TestData.PASSWORD);
        kari.open(editor);
        per.logIn("per", TestData.PASSWORD);
        per.open(editor);
        String perMarked = "#styringssignaler vaadin-text-area[data-editing-by='Per Hansen']";
        String kariMarked = "#formal vaadin-text-area[data-editing-by='Kari Nordmann']";

        per.textArea("styringssignaler").click();
        kari.waitFor(d -> d.findElements(By.cssSelector(perMarked)).isEmpty() ? null : true);
        kari.textArea("formal").click();
        per.waitFor(d -> d.findElements(By.cssSelector(kariMarked)).isEmpty() ? null : true);
        // Per's screen is told where both are: it outlines Kari's field, never his own.
        assertThat(per.driver().findElements(By.cssSelector("[data-editing-by]"))).hasSize(1);

        // Kari opens the poster again: the new tab learns at once where Per is.
        kari.driver().navigate().refresh();
        kari.waitForVaadin();
        kari.waitFor(d -> d.findElements(By.cssSelector(perMarked)).isEmpty() ? null : true);
        per.waitFor(d -> d.findElements(By.cssSelector("[data-editing-by]")).isEmpty() ? true : null);

        // Per leaves the field for no other: his outline goes from Kari's screen.
        per.script("arguments[0].blur();", per.textArea("styringssignaler"));
        kari.waitFor(d -> d.findElements(By.cssSelector("[data-editing-by]")).isEmpty() ? true : null);
    }

    @Test
    void theSecondOfTwoSimultaneousEditsOfOneFieldChoosesWhatToKeep() {
        kari.logIn("kari", TestData.PASSWORD);
        kari.open(editor);
        per.logIn("per", TestData.PASSWORD);
        per.open(editor);

        // Both are in the field; Kari saves first, while Per is still typing.
        per.textArea("styringssignaler").click();
        kari.waitFor(d -> d.findElements(By.cssSelector("#styringssignaler vaadin-text-area[data-editing-by]"))
                .isEmpty() ? null : true);
        kari.replaceText("styringssignaler", "Karis versjon");
        kari.waitUntilSaved();
        var perArea = per.textArea("styringssignaler");
        perArea.sendKeys(Keys.chord(Keys.CONTROL, "a"), Keys.DELETE);
        perArea.sendKeys("Pers versjon");
        perArea.sendKeys(Keys.TAB);

        var dialog = per.waitFor(d -> d.findElement(By.cssSelector("vaadin-dialog[opened]")));
        assertThat(dialog.getText()).contains("Kari Nordmann (Kommunaldirektør)");
        assertThat(per.script("return Array.from(document.querySelectorAll('vaadin-dialog vaadin-text-area'))"
                + ".map(a => a.value).join('|');")).isEqualTo("Karis versjon|Pers versjon");
        assertThat(kari.textAreaValue("styringssignaler")).isEqualTo("Karis versjon");

        per.driver().findElement(By.xpath("//vaadin-button[contains(., 'Lagre min tekst')]")).click();
        kari.waitFor(d -> "Pers versjon".equals(kari.textAreaValue("styringssignaler")) ? true : null);
        per.waitForVaadin();
        assertThat(per.textAreaValue("styringssignaler")).isEqualTo("Pers versjon");
    }

    @Test
    void aGuestJoinsByCodeEditsAndIsOutOnceTheWorkshopCloses() {
        kari.logIn("kari", TestData.PASSWORD);
        kari.open(editor);
        kari.driver().findElement(By.xpath("//vaadin-button[contains(., 'Start verksted')]")).click();
        String code = kari.waitFor(d -> d.findElement(By.cssSelector(".join-code")).getText());
        kari.driver().findElement(By.xpath("//vaadin-button[contains(., 'Lukk')]")).click();

        guest = new Browser(port);
        guest.open("/verksted/" + code.replace("-", ""));
        guest.driver().findElement(By.xpath("//vaadin-text-field[./label[contains(., 'Navnet ditt')]]//input"))
                .sendKeys("Gro Gjest");
        guest.driver().findElement(By.xpath("//vaadin-radio-button[contains(., 'Virksomheten')]")).click();
        var role = guest.driver().findElement(By.xpath("//vaadin-combo-box//input"));
        role.sendKeys("Seksjonsleder");
        role.sendKeys(Keys.TAB);
        guest.driver().findElement(By.xpath("//vaadin-button[contains(., 'Bli med')]")).click();
        guest.waitFor(d -> d.getCurrentUrl().endsWith(editor) ? true : null);
        guest.waitForVaadin();
        kari.waitFor(d -> presentNames(kari).contains("Gro Gjest") ? true : null);

        guest.replaceText("styringssignaler", "Gjesten skrev dette.");
        kari.waitFor(d -> "Gjesten skrev dette.".equals(kari.textAreaValue("styringssignaler")) ? true : null);

        // Another poster's address is not for a guest.
        long[] other = new long[1];
        testData.asAdmin(() -> other[0] = lifecycle.create(testData.organisationId("OBK"),
                testData.organisationId("UDE")));
        guest.open("/plakat/" + other[0]);
        assertThat(guest.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Fant ikke siden");
        guest.open(editor);

        kari.driver().findElement(By.xpath("//vaadin-button[contains(., 'Avslutt verksted')]")).click();
        kari.waitFor(d -> d.findElement(By.cssSelector("vaadin-confirm-dialog [slot=confirm-button]"))).click();
        guest.waitFor(d -> d.getCurrentUrl().endsWith("/verksted-avsluttet") ? true : null);

        guest.open(editor);
        assertThat(guest.driver().getCurrentUrl()).doesNotEndWith(editor);
        guest.open("/verksted/" + code.replace("-", ""));
        assertThat(guest.driver().findElement(By.cssSelector(".form-message")).getText())
                .startsWith("Koden gjelder ikke");
    }

    private static String presentNames(Browser browser) {
        return String.join(",", browser.driver().findElements(By.cssSelector(".presence-name")).stream()
                .map(e -> e.getText()).toList());
    }
}
