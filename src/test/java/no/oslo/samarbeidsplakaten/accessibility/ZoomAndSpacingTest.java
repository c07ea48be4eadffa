package no.oslo.samarbeidsplakaten.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.chromium.ChromiumDriver;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * WCAG 1.4.10, 1.4.12 and the projector in a real Chromium: at 320 CSS px (a laptop at 400 % zoom) no view scrolls
 * sideways, only data tables within themselves, and the meeting matrix is a list; with the text spacing of 1.4.12 no
 * text is cut off; on a 1280×720 projector no text is smaller than 24 px.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class ZoomAndSpacingTest {

    /** What may be wider than the screen: data tables, scrolling within themselves. */
    private static final String DATA_TABLES = "vaadin-grid, .survey-scroll, .matrix-scroller";

    /** Elements that stick out past the right edge of the screen, outside the data tables. */
    private static final String STICKING_OUT = """
            const width = document.documentElement.clientWidth;
            const out = [...document.querySelectorAll('body *')].filter(e => {
              if (e.closest(arguments[0]) || e.closest('vaadin-dev-tools')) return false;
              const box = e.getBoundingClientRect();
              return box.width > 0 && box.height > 0 && box.right > width + 1;
            }).map(e => e.tagName.toLowerCase() + (e.className ? '.' + String(e.className).split(' ')[0] : ''));
            return [document.documentElement.scrollWidth > width ? 'the page scrolls sideways' : null,
                ...out.slice(0, 5)].filter(Boolean);""";

    /** Text boxes that clip their own text: it no longer fits where it was meant to be. */
    private static final String CLIPPED = """
            return [...document.querySelectorAll('body *')].filter(e => {
              if (e.closest('.visually-hidden') || ![...e.childNodes].some(n => n.nodeType === 3 && n.textContent.trim()))
                return false;
              const style = getComputedStyle(e);
              const clipsX = ['hidden', 'clip'].includes(style.overflowX) && e.scrollWidth > e.clientWidth + 1;
              const clipsY = ['hidden', 'clip'].includes(style.overflowY) && e.scrollHeight > e.clientHeight + 1;
              return e.getClientRects().length && (clipsX || clipsY);
            }).map(e => e.tagName.toLowerCase() + ': ' + e.textContent.trim().slice(0, 40));""";

    /** The text spacing WCAG 1.4.12 asks a page to survive. */
    private static final String TEXT_SPACING = """
            const style = document.createElement('style');
            style.textContent = '* { line-height: 1.5 !important; letter-spacing: 0.12em !important;'
                + ' word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }';
            document.head.appendChild(style);""";

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    WorkshopService workshops;

    Browser browser;
    long posterId;
    String joinCode;
    final List<String> problems = new ArrayList<>();

    @BeforeEach
    void poster() {
        posterId = testData.agreedMosBymPoster();
        testData.account("blk", "Berit Blk", "Rådgiver", "BLK", AppRole.ADMIN);
        joinCode = testData.fetchAs("kari", () -> workshops.open(posterId)).joinCode().replace("-", "");
        browser = new Browser(port);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void at320PixelsNothingScrollsSidewaysButDataTablesAndTheMatrixIsAList() {
        screen(320, 800);
        check("login", "/login");
        check("accessibility statement", "/tilgjengelighet");
        check("join page", "/verksted/" + joinCode);
        browser.logIn("kari", TestData.PASSWORD);
        String poster = "/plakat/" + posterId;
        for (String[] view : new String[][] {{"overview", "/"}, {"editor", poster}, {"read view", poster + "/visning"},
                {"projector", poster + "/presentasjon"}, {"history", poster + "/historikk"},
                {"version", poster + "/versjon/1"}, {"compare", poster + "/sammenlign"},
                {"trail", poster + "/endringer"}, {"kartlegging", "/kartlegging"}}) {
            check(view[0], view[1]);
        }
        // The mayor's office's template pages, in a browser of their own.
        browser.close();
        browser = new Browser(port);
        screen(320, 800);
        browser.logIn("blk", TestData.PASSWORD);
        for (String[] view : new String[][] {{"template editor", "/maler"}, {"template versions", "/maler/versjoner"},
                {"template version", "/maler/versjon/1"}, {"template compare", "/maler/sammenlign"}}) {
            check(view[0], view[1]);
        }
        browser.close();
        browser = new Browser(port);
        screen(320, 800);
        browser.logIn("kari", TestData.PASSWORD);
        browser.open(poster + "/visning");
        assertThat(browser.driver().findElement(By.cssSelector(".matrix-scroller")).isDisplayed()).isFalse();
        var stacked = browser.driver().findElements(By.cssSelector(".meeting-stack h3"));
        assertThat(stacked).as("the meetings, one after another").isNotEmpty()
                .allSatisfy(heading -> assertThat(heading.isDisplayed()).isTrue());
        assertThat(stacked.getFirst().getText()).isEqualTo("Etatsstyringsmøte");

        screen(1280, 800);
        browser.open(poster + "/visning");
        assertThat(browser.driver().findElement(By.cssSelector(".matrix-scroller")).isDisplayed()).isTrue();
        assertThat(browser.driver().findElement(By.cssSelector(".meeting-stack-list")).isDisplayed()).isFalse();
        assertThat(problems).as("views that need sideways scrolling at 320 px").isEmpty();
    }

    @Test
    void withWiderTextSpacingNoTextIsCutOff() {
        browser.logIn("kari", TestData.PASSWORD);
        String poster = "/plakat/" + posterId;
        for (int width : List.of(1280, 320)) {
            screen(width, 800);
            for (String[] view : new String[][] {{"overview", "/"}, {"editor", poster},
                    {"read view", poster + "/visning"}, {"version", poster + "/versjon/1"}}) {
                browser.open(view[1]);
                browser.script(TEXT_SPACING);
                browser.waitForVaadin();
                @SuppressWarnings("unchecked")
                var clipped = (List<String>) browser.script(CLIPPED);
                clipped.forEach(text -> problems.add(view[0] + " at " + width + " px: " + text));
                if (width == 320) {
                    stickingOut(view[0] + " with wide text spacing");
                }
            }
        }
        assertThat(problems).as("text cut off with the spacing of WCAG 1.4.12").isEmpty();
    }

    @Test
    void onA1280By720ProjectorNoTextIsSmallerThan24Pixels() {
        browser.logIn("kari", TestData.PASSWORD);
        screen(1280, 720);
        browser.open("/plakat/" + posterId + "/presentasjon");
        browser.waitFor(d -> d.findElement(By.cssSelector("main.presentation .meeting-matrix")));
        @SuppressWarnings("unchecked")
        var small = (List<String>) browser.script("""
                const walker = document.createTreeWalker(document.querySelector('main.presentation'),
                    NodeFilter.SHOW_TEXT);
                const small = [];
                for (let node = walker.nextNode(); node; node = walker.nextNode()) {
                  const element = node.parentElement;
                  if (!node.textContent.trim() || !element.getClientRects().length
                      || element.closest('.visually-hidden, .page-footer')) continue;
                  const size = parseFloat(getComputedStyle(element).fontSize);
                  if (size < 24) small.push(size + 'px: ' + node.textContent.trim().slice(0, 40));
                }
                return small;""");
        assertThat(small).as("projector text below 24 px").isEmpty();
    }

    private void screen(int width, int height) {
        ((ChromiumDriver) browser.driver()).executeCdpCommand("Emulation.setDeviceMetricsOverride",
                Map.of("width", width, "height", height, "deviceScaleFactor", 1, "mobile", false));
    }

    private void check(String view, String path) {
        browser.open(path);
        stickingOut(view);
    }

    private void stickingOut(String view) {
        @SuppressWarnings("unchecked")
        var out = (List<String>) browser.script(STICKING_OUT, DATA_TABLES);
        out.forEach(element -> problems.add(view + ": " + element));
    }
}
