package no.oslo.samarbeidsplakaten.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import no.oslo.samarbeidsplakaten.poster.domain.Formality;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterStructure;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.template.service.CommonTerms;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * The mayor's office reads the kartlegging in Chromium (charts drawn, downloads served) and marks a meeting name as a
 * synonym; the department, in its own browser, gets the standard term suggested on its poster and takes it.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class SurveyJourneyTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    PosterLifecycle lifecycle;

    @Autowired
    PosterStructure structure;

    @Autowired
    VersioningService versioning;

    @Autowired
    CommonTerms terms;

    Browser admin;
    Browser department;
    long vav;

    @BeforeEach
    void city() {
        testData.removePosters();
        testData.asAdmin(() -> terms.synonyms().keySet().forEach(terms::unmark));
        testData.account("blk", "Berit Blk", "Rådgiver", "BLK", no.oslo.samarbeidsplakaten.security.domain.AppRole.ADMIN);
        testData.member("kari", "Kari Nordmann", "Kommunaldirektør", "MOS");
        testData.member("per", "Per Hansen", "Etatssjef", "BYM");
        long bym = testData.fetchAs("kari", () -> lifecycle.create(testData.organisationId("MOS"),
                testData.organisationId("BYM")));
        vav = testData.fetchAs("kari", () -> lifecycle.create(testData.organisationId("MOS"),
                testData.organisationId("VAV")));
        testData.as("kari", () -> structure.addMeeting(vav, "Styringsmøte", Formality.FORMAL));
        testData.as("kari", () -> versioning.approve(bym));
        testData.as("per", () -> versioning.approve(bym));
        testData.as("kari", () -> versioning.lock(bym, "Vedtatt", LocalDate.now().plusYears(1)));
        admin = new Browser(port);
        department = new Browser(port);
    }

    @AfterEach
    void close() {
        admin.close();
        department.close();
    }

    @Test
    void theMayorsOfficeReadsTheCityAndADepartmentIsOfferedTheCommonTerm() {
        department.logIn("kari", TestData.PASSWORD);
        department.open("/plakat/" + vav);
        assertThat(department.driver().findElements(By.cssSelector(".term-suggestion vaadin-button"))).isEmpty();

        admin.logIn("blk", TestData.PASSWORD);
        admin.open("/kartlegging");
        assertThat(admin.driver().findElement(By.cssSelector(".survey-lead")).getText())
                .contains("basert på 1 vedtatte og 1 utkast til plakater");
        assertThat(admin.driver().findElement(By.id("survey-status")).getText())
                .contains("Bymiljøetaten", "Vedtatt (versjon 1)", "Vann- og avløpsetaten", "Utkast");

        // The charts are drawn by ECharts as SVG, each with its table of the same figures.
        admin.click(admin.driver().findElement(By.id("tab-pictures")));
        var chart = admin.waitFor(d -> d.findElement(By.cssSelector("survey-chart svg")));
        assertThat(chart.findElements(By.cssSelector("path"))).isNotEmpty();
        assertThat((String) admin.script("return document.querySelector('survey-chart svg').textContent"))
                .contains("Bymiljøetaten");
        assertThat(admin.driver().findElement(By.cssSelector("survey-chart")).getDomAttribute("aria-hidden"))
                .isEqualTo("true");
        assertThat(admin.driver().findElement(By.cssSelector(".survey-chart-section table")).getText())
                .contains("Bymiljøetaten 4 1", "Vann- og avløpsetaten 4 2");

        // Both downloads are served to the signed-in administrator.
        assertThat(fetch(admin, "eksport/kartlegging.xlsx?sprak=nb"))
                .startsWith("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
        assertThat(fetch(admin, "eksport/kartlegging.pdf?sprak=nb")).startsWith("200 application/pdf");
        assertThat(fetch(department, "eksport/kartlegging.pdf?sprak=nb")).startsWith("200 application/pdf");

        admin.click(admin.driver().findElement(By.id("tab-terms")));
        var synonymFor = admin.waitFor(d -> d.findElement(
                By.cssSelector("vaadin-select[data-term='Styringsmøte']")));
        admin.click(synonymFor);
        admin.click(admin.waitFor(d -> d.findElement(
                By.xpath("//vaadin-select-item[normalize-space(.)='Etatsstyringsmøte']"))));
        admin.waitFor(d -> d.findElement(By.id("survey-terms")).getText().contains("Etatsstyringsmøte (synonym)")
                ? true : null);

        department.open("/plakat/" + vav);
        var hint = department.waitFor(d -> d.findElement(By.cssSelector(".term-suggestion")));
        assertThat(hint.getText()).contains("«Styringsmøte» kalles «Etatsstyringsmøte» i felles begrepsbruk.");
        department.click(hint.findElement(By.cssSelector("vaadin-button")));
        department.waitUntilSaved();
        assertThat(department.driver().findElements(By.cssSelector(".term-suggestion")).stream()
                .filter(e -> e.isDisplayed()).toList()).isEmpty();

        admin.open("/kartlegging");
        admin.click(admin.driver().findElement(By.id("tab-terms")));
        assertThat(admin.waitFor(d -> d.findElement(By.id("survey-terms"))).getText()).doesNotContain("Styringsmøte");
    }

    /** Fetches an address in the browser, with its session, and answers "status content-type". */
    private static String fetch(Browser browser, String address) {
        return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                fetch(arguments[0]).then(r => done(r.status + ' ' + r.headers.get('content-type')))
                    .catch(e => done('failed ' + e));""", address);
    }
}
