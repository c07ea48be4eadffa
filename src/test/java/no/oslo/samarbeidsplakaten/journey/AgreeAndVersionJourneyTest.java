package no.oslo.samarbeidsplakaten.journey;

import static org.assertj.core.api.Assertions.assertThat;

import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.support.Agreement;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The department's and the agency's leaders approve in their own browsers, lock version 1, edit, lock version 2,
 * compare the two, and restore version 1 as the new draft.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AgreeAndVersionJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    PosterQueries posterService;

    Browser kari;
    Browser per;
    long posterId;
    String editor;

    @BeforeEach
    void setUp() {
        posterId = testData.freshMosBymPoster();
        editor = "/plakat/" + posterId;
        kari = new Browser(port);
        per = new Browser(port);
        kari.logIn("kari", TestData.PASSWORD);
        kari.open(editor);
        per.logIn("per", TestData.PASSWORD);
        per.open(editor);
    }

    @AfterEach
    void tearDown() {
        kari.close();
        per.close();
    }

    @Test
    void approveLockEditLockCompareAndRestore() {
        String v1Signals = kari.textAreaValue("styringssignaler");

        Agreement.approveBothAndLock(kari, per, 1, "Første versjon");
        per.waitFor(d -> d.findElement(By.cssSelector(".status-badge")).getText().equals("Vedtatt · versjon 1")
                ? true : null);

        per.replaceText("styringssignaler", "Signaler skrives ned samme dag.");
        per.waitUntilSaved();
        kari.waitFor(d -> d.findElement(By.cssSelector(".status-badge")).getText().equals("Utkast") ? true : null);
        Agreement.approveBothAndLock(kari, per, 2, "Nye rutiner for signaler");

        kari.open(editor + "/sammenlign?fra=1&til=2");
        assertThat(kari.driver().findElement(By.xpath("//p[contains(., 'endring')]")).getText())
                .isEqualTo("1 endring");
        var changed = kari.driver().findElements(By.cssSelector(".compare-field[data-changed='true']"));
        assertThat(changed).hasSize(1);
        assertThat(changed.getFirst().findElement(By.cssSelector(".field-label")).getText())
                .isEqualTo("Slik skriftliggjør og forankrer vi styringssignaler");
        assertThat(changed.getFirst().findElement(By.tagName("ins")).getText())
                .contains("Signaler skrives ned samme dag.");
        assertThat(changed.getFirst().findElement(By.tagName("del")).getText()).isNotEmpty();

        kari.open(editor + "/historikk");
        kari.waitFor(d -> d.findElement(By.cssSelector("vaadin-button[aria-label='Gjenopprett som utkast: versjon 1']")))
                .click();
        kari.waitFor(d -> d.findElement(By.cssSelector("vaadin-confirm-dialog [slot=confirm-button]"))).click();
        kari.waitFor(d -> d.getCurrentUrl().endsWith(editor) ? true : null);
        kari.waitForVaadin();
        assertThat(kari.textAreaValue("styringssignaler")).isEqualTo(v1Signals);
        per.waitFor(d -> v1Signals.equals(per.textAreaValue("styringssignaler")) ? true : null);
        testData.asAdmin(() -> assertThat(posterService.load(posterId).section(SectionField.SIGNALS).value())
                .isEqualTo(v1Signals));
    }
}
