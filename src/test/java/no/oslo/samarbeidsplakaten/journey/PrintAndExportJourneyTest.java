package no.oslo.samarbeidsplakaten.journey;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.apache.pdfbox.Loader;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/** A leader downloads the poster as PDF and JSON, the export addresses answer plainly, and print is clean. */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class PrintAndExportJourneyTest {

    /** Fetches an address with the page's session and reports what came back. */
    private static final String FETCH = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
              const bytes = new Uint8Array(await r.arrayBuffer());
              done({status: r.status, type: r.headers.get('Content-Type') || '',
                    pages: r.headers.get('X-Poster-Pages') || '',
                    disposition: r.headers.get('Content-Disposition') || '',
                    head: new TextDecoder().decode(bytes.slice(0, 400))});
            }).catch(e => done({status: -1, type: String(e)}));
            """;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    Browser browser;
    long posterId;

    @BeforeEach
    void setUp() {
        posterId = testData.freshMosBymPoster();
        browser = new Browser(port);
    }

    @AfterEach
    void tearDown() {
        browser.close();
    }

    @Test
    void downloadThePdfWithProgressThenTheAddressesAnswerPlainly(@TempDir Path downloads) throws Exception {
        ((ChromeDriver) browser.driver()).executeCdpCommand("Browser.setDownloadBehavior",
                Map.of("behavior", "allow", "downloadPath", downloads.toString()));
        browser.logIn("kari", TestData.PASSWORD);
        browser.open("/plakat/" + posterId + "/visning");
        browser.click(browser.waitFor(d -> d.findElement(By.xpath("//vaadin-button[contains(., 'Last ned')]"))));
        browser.waitForVaadin();
        // Clicked in the page, not at screen coordinates: a click that lands beside the dialog would close it.
        WebElement a4 = browser.waitFor(d -> d.findElement(By.xpath("//vaadin-radio-button[contains(., 'A4')]")));
        browser.script("arguments[0].click();", a4);
        browser.waitFor(d -> a4.getDomAttribute("checked") != null ? true : null);
        browser.waitForVaadin();
        browser.script("arguments[0].click();",
                browser.driver().findElement(By.xpath("//vaadin-button[contains(., 'Last ned PDF')]")));
        String status;
        try {
            status = browser.waitFor(d -> {
                String text = d.findElement(By.cssSelector(".export-status")).getText();
                return text.startsWith("PDF-en er lastet ned") || text.startsWith("PDF-en kunne ikke") ? text : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            var shot = ((org.openqa.selenium.TakesScreenshot) browser.driver()).getScreenshotAs(
                    org.openqa.selenium.OutputType.BYTES);
            Files.write(Path.of("target/export-failure.png"), shot);
            throw new AssertionError("No status; at " + browser.driver().getCurrentUrl() + ": "
                    + browser.script("return document.body.innerText.substring(0, 600);"), e);
        }
        // The template places meetings in the year, so the A4 poster has the annual wheel on a page of its own.
        assertThat(status).isEqualTo("PDF-en er lastet ned: plakaten på én side, årshjulet på side 2.");
        Path saved = browser.waitFor(d -> {
            try (var files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith("-utkast-A4.pdf")).findFirst().orElse(null);
            } catch (java.io.IOException e) {
                return null;
            }
        });
        try (var document = Loader.loadPDF(Files.readAllBytes(saved))) {
            assertThat(document.getNumberOfPages()).isEqualTo(2);
            assertThat(document.getPage(0).getMediaBox().getWidth()).isCloseTo(297 * 72 / 25.4f, offset(1f));
        }

        var pdf = fetch("/eksport/plakat/" + posterId + ".pdf?format=A2");
        assertThat(pdf.get("status")).isEqualTo(200L);
        assertThat(pdf.get("type")).isEqualTo("application/pdf");
        assertThat((String) pdf.get("head")).startsWith("%PDF-");
        assertThat(pdf.get("pages")).isEqualTo("1");
        assertThat((String) pdf.get("disposition")).contains("attachment").contains("utkast-A2.pdf");

        var json = fetch("/eksport/plakat/" + posterId + ".json");
        assertThat(json.get("status")).isEqualTo(200L);
        assertThat((String) json.get("head")).contains("\"format\" : \"samarbeidsplakat\"");

        var wrongFormat = fetch("/eksport/plakat/" + posterId + ".pdf?format=B5");
        assertThat(wrongFormat.get("status")).isEqualTo(400L);
        assertThat(wrongFormat.get("head")).isEqualTo("Ukjent papirformat «B5». Velg A4, A3 eller A2.");

        var noSuchVersion = fetch("/eksport/plakat/" + posterId + ".pdf?versjon=7");
        assertThat(noSuchVersion.get("status")).isEqualTo(404L);
        assertThat(noSuchVersion.get("head")).isEqualTo("Fant ikke plakaten eller versjonen.");
    }

    @Test
    void theBrowsersPrintShowsThePosterWithoutTheApp() {
        browser.logIn("kari", TestData.PASSWORD);
        browser.open("/plakat/" + posterId + "/visning");
        browser.waitFor(d -> d.findElement(By.cssSelector(".poster-sheet")));
        ((ChromeDriver) browser.driver()).executeCdpCommand(
                "Emulation.setEmulatedMedia", Map.of("media", "print"));
        assertThat(display("header.app-bar")).isEqualTo("none");
        assertThat(display(".editor-toolbar")).isEqualTo("none");
        assertThat(display(".poster-sheet")).isNotEqualTo("none");
        assertThat(display("table.meeting-matrix")).isNotEqualTo("none");
    }

    @Test
    void withoutSigningInTheExportAddressLeadsToTheLoginNotToThePoster() {
        browser.open("/eksport/plakat/" + posterId + ".pdf");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> fetch(String path) {
        return (Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) browser.driver())
                .executeAsyncScript(FETCH, path);
    }

    private String display(String selector) {
        return (String) browser.script("const e = document.querySelector(arguments[0]);"
                + "return e ? getComputedStyle(e).display : 'missing';", selector);
    }
}
