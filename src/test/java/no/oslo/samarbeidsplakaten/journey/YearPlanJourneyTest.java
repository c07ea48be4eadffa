package no.oslo.samarbeidsplakaten.journey;

import static org.assertj.core.api.Assertions.assertThat;

import biweekly.component.VEvent;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.TimeUnit;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.Calendars;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.interactions.Actions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The year's plan in real browsers: a leader places a meeting in one more month while the other side watches it
 * arrive, sees the annual wheel, prints it, subscribes to the calendar as a calendar client would, and replaces the
 * address so the old one stops answering.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class YearPlanJourneyTest {

    /** Fetches an address with the page's session; the body comes back in base64. */
    private static final String FETCH = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'}).then(async r => {
              const bytes = new Uint8Array(await r.arrayBuffer());
              let binary = '';
              for (let i = 0; i < bytes.length; i++) { binary += String.fromCharCode(bytes[i]); }
              done({status: r.status, body: btoa(binary)});
            }).catch(e => done({status: -1, body: ''}));
            """;
    private static final String ETATSSTYRING = "Etatsstyringsmøte";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    VersioningService versioning;

    Browser kari;
    Browser per;
    long posterId;
    private final HttpClient calendarClient = HttpClient.newHttpClient();

    @BeforeEach
    void setUp() {
        posterId = testData.agreedMosBymPoster();
        kari = new Browser(port);
        per = new Browser(port);
    }

    @AfterEach
    void tearDown() {
        kari.close();
        per.close();
    }

    @Test
    void placeAMeetingInTheYearSeeTheWheelPrintItAndSubscribe(@TempDir Path files) throws Exception {
        per.logIn("per", TestData.PASSWORD);
        per.open("/plakat/" + posterId);
        openMeeting(per, ETATSSTYRING);
        kari.logIn("kari", TestData.PASSWORD);
        kari.open("/plakat/" + posterId);
        openMeeting(kari, ETATSSTYRING);

        // Kari adds January to the four months the template suggested: a fifth month for "inntil 4 per år".
        kari.click(month(kari, "jan"));
        kari.waitUntilSaved();
        String mismatch = kari.waitFor(d -> textOr(d.findElement(By.cssSelector(".meeting-card .months-mismatch"))));
        assertThat(mismatch).isEqualTo("Hyppigheten sier inntil 4 i året, men 5 måneder er valgt.");
        per.waitFor(d -> month(per, "jan").getDomAttribute("checked") != null ? true : null);

        // The wheel on the read view: a mark for January, and hovering or focusing a mark says what it is.
        kari.open("/plakat/" + posterId + "/visning");
        WebElement january = kari.waitFor(d -> d.findElement(
                By.cssSelector(".year-wheel .mark[aria-label='" + ETATSSTYRING + " – januar']")));
        String number = january.getDomAttribute("data-entry");
        assertThat(tipVisibility(number)).isEqualTo("hidden");
        new Actions(kari.driver()).moveToElement(january).perform();
        kari.waitFor(d -> "visible".equals(tipVisibility(number)) ? true : null);
        // The tip is wrapped onto lines of its own in the wheel's hub.
        assertThat(((String) kari.script("return document.querySelector('.year-wheel .tip.t' + arguments[0])"
                + ".textContent", number)).replace(" ", "")).isEqualTo(ETATSSTYRING + "jan,feb,mai,sep,nov");
        kari.script("arguments[0].focus();", january);
        assertThat(kari.script("return document.activeElement.getAttribute('aria-label')"))
                .isEqualTo(ETATSSTYRING + " – januar");
        assertThat(kari.driver().findElement(By.cssSelector(".year-plan-table")).getText())
                .contains("Formelle møter\n1 " + ETATSSTYRING + " januar, februar, mai, september, november");

        // The printed poster carries the wheel and its table: pdftotext finds the months.
        Path pdf = files.resolve("plakat.pdf");
        Files.write(pdf, download("/eksport/plakat/" + posterId + ".pdf?format=A3"));
        String printed = pdftotext(pdf).replaceAll("\\s+", " ");
        assertThat(printed).contains("Årshjul").contains("januar, februar, mai, september, november")
                .contains("Tildelingsbrev");

        // The pair agrees; the calendar, subscribed to without signing in, follows the agreed version.
        testData.as("kari", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.approve(posterId));
        testData.as("kari", () -> versioning.lock(posterId, "Januar også", LocalDate.now().plusYears(1)));
        kari.open("/plakat/" + posterId + "/visning");
        kari.click(kari.waitFor(d -> d.findElement(By.cssSelector("vaadin-button.calendar-button"))));
        String address = kari.waitFor(d -> (String) kari.script(
                "const f = document.querySelector('vaadin-text-field.calendar-address'); return f && f.value;"));
        assertThat(address).startsWith("http://localhost:" + port + "/kalender/").endsWith(".ics");
        var feed = calendarClient.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        assertThat(feed.statusCode()).isEqualTo(200);
        assertThat(feed.headers().firstValue("Content-Type").orElse("")).startsWith("text/calendar");
        VEvent meeting = Calendars.parseValid(feed.body()).getEvents().stream()
                .filter(e -> e.getSummary().getValue().equals(ETATSSTYRING)).findFirst().orElseThrow();
        int nextYear = LocalDate.now().getYear() + 1;
        assertThat(Calendars.datesIn(meeting, nextYear)).extracting(LocalDate::getMonthValue)
                .containsExactly(1, 2, 5, 9, 11);

        // A new address: the old one answers 404 at once, the new one works.
        kari.click(kari.driver().findElement(By.cssSelector("vaadin-button.calendar-renew")));
        kari.click(kari.waitFor(d -> d.findElement(
                By.cssSelector("vaadin-confirm-dialog vaadin-button[slot=confirm-button]"))));
        String renewed = kari.waitFor(d -> {
            String value = (String) kari.script(
                    "return document.querySelector('vaadin-text-field.calendar-address').value;");
            return value.equals(address) ? null : value;
        });
        assertThat(status(address)).isEqualTo(404);
        assertThat(status(renewed)).isEqualTo(200);
    }

    private void openMeeting(Browser browser, String name) {
        browser.click(browser.waitFor(d -> d.findElement(By.cssSelector(
                "vaadin-button[aria-label='Vis alle egenskaper for «" + name + "»']"))));
        browser.waitFor(d -> d.findElement(By.cssSelector(".meeting-card .months-field")));
    }

    private static WebElement month(Browser browser, String shortName) {
        return browser.driver().findElements(By.cssSelector(".meeting-card .months-field vaadin-checkbox")).stream()
                .filter(box -> box.getText().strip().equals(shortName)).findFirst().orElseThrow();
    }

    private static String textOr(WebElement element) {
        String text = element.getText();
        return text.isBlank() ? null : text;
    }

    private Object tipVisibility(String number) {
        return kari.script("return getComputedStyle(document.querySelector('.year-wheel .tip.t' + arguments[0]))"
                + ".visibility;", number);
    }

    private byte[] download(String path) {
        @SuppressWarnings("unchecked")
        var result = (java.util.Map<String, Object>) ((org.openqa.selenium.JavascriptExecutor) kari.driver())
                .executeAsyncScript(FETCH, path);
        assertThat(result.get("status")).isEqualTo(200L);
        return Base64.getDecoder().decode((String) result.get("body"));
    }

    private static String pdftotext(Path pdf) throws Exception {
        var process = new ProcessBuilder(List.of("pdftotext", "-enc", "UTF-8", pdf.toString(), "-"))
                .redirectErrorStream(true).start();
        String text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(30, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }

    private int status(String address) throws Exception {
        return calendarClient.send(HttpRequest.newBuilder(URI.create(address)).build(),
                HttpResponse.BodyHandlers.discarding()).statusCode();
    }
}
