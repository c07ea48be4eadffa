package no.oslo.samarbeidsplakaten.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every view, in bokmål and in English, has no axe-core violation of WCAG 2.0, 2.1 and 2.2 A and AA, and its document
 * language is the one chosen. A failure names the view, the language, the rule and the elements.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class AxeAllViewsTest {

    private static final List<String> WCAG = List.of("wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa");

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    PosterLifecycle lifecycle;

    @Autowired
    PosterQueries posters;

    @Autowired
    CellEditing cells;

    @Autowired
    VersioningService versioning;

    @Autowired
    WorkshopService workshops;

    Browser browser;
    long posterId;
    String joinCode;
    final List<String> violations = new ArrayList<>();

    @BeforeEach
    void poster() {
        testData.removePosters();
        testData.member("kari", "Kari Nordmann", "Kommunaldirektør", "MOS");
        testData.member("per", "Per Hansen", "Etatssjef", "BYM");
        testData.account("blk", "Berit Blk", "Rådgiver", "BLK", AppRole.ADMIN);
        posterId = testData.fetchAs("kari", () -> lifecycle.create(testData.organisationId("MOS"),
                testData.organisationId("BYM")));
        testData.as("kari", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.approve(posterId));
        testData.as("kari", () -> versioning.lock(posterId, "Første versjon", LocalDate.now().plusYears(1)));
        testData.as("kari", () -> {
            var signals = posters.load(posterId).section(SectionField.SIGNALS);
            cells.updateCell(posterId, signals.id(), signals.revision(), "Signaler skrives ned samme dag.");
        });
        joinCode = testData.fetchAs("kari", () -> workshops.open(posterId)).joinCode().replace("-", "");
        browser = new Browser(port);
    }

    @AfterEach
    void close() {
        browser.close();
    }

    @Test
    void everyViewIsFreeOfAxeViolationsInBothLanguages() {
        for (String language : List.of("nb", "en")) {
            browser.open("/login");
            browser.driver().manage().addCookie(new Cookie("samarbeidsplakaten-lang", language, "/"));
            check("login", "/login", language);
            check("join page", "/verksted/" + joinCode, language);

            browser.logIn("kari", TestData.PASSWORD);
            String poster = "/plakat/" + posterId;
            check("overview", "/", language);
            check("editor", poster, language);
            browser.click(browser.driver().findElement(By.cssSelector(".meeting-card .meeting-summary-line vaadin-button")));
            browser.waitForVaadin();
            analyse("editor, a meeting open", language);
            check("read view", poster + "/visning", language);
            check("projector", poster + "/presentasjon", language);
            check("history", poster + "/historikk", language);
            check("version", poster + "/versjon/1", language);
            check("compare", poster + "/sammenlign", language);
            check("trail", poster + "/endringer", language);
            check("kartlegging (department)", "/kartlegging", language);
            // Within the app, as a link to an address that is gone leads there.
            browser.script("window.history.pushState({}, '', 'finnes-ikke');"
                    + "window.dispatchEvent(new PopStateEvent('popstate'));");
            browser.waitFor(d -> d.findElement(By.cssSelector(".error-page h1")));
            analyse("not found", language);
            logOut();

            browser.logIn("blk", TestData.PASSWORD);
            check("user admin", "/admin/brukere", language);
            check("import", "/admin/import", language);
            check("audit log", "/admin/logg", language);
            check("kartlegging (city)", "/kartlegging", language);
            for (String tab : List.of("matrix", "deviations", "terms", "reflection", "pictures")) {
                browser.click(browser.driver().findElement(By.id("tab-" + tab)));
                browser.waitForVaadin();
                analyse("kartlegging, tab " + tab, language);
            }
            logOut();
        }
        assertThat(violations).as("axe violations").isEmpty();
    }

    private void logOut() {
        browser.open("/");
        browser.click(browser.driver().findElement(By.cssSelector("vaadin-button.logout")));
        browser.waitFor(d -> d.getCurrentUrl().contains("/login") ? true : null);
    }

    private void check(String view, String path, String language) {
        browser.open(path);
        analyse(view, language);
    }

    private void analyse(String view, String language) {
        // Screen readers read the page by the document's language: it must follow the language chosen.
        String lang = (String) browser.script("return document.documentElement.lang;");
        if (!language.equals(lang)) {
            violations.add(view + " [" + language + "]: <html lang=\"" + lang + "\">");
        }
        var results = new AxeBuilder().withTags(WCAG).analyze(browser.driver());
        for (var rule : results.getViolations()) {
            var targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList();
            violations.add(view + " [" + language + "]: " + rule.getId() + " (" + rule.getImpact() + ") "
                    + rule.getHelp() + " -> " + targets);
        }
    }
}
