package no.oslo.samarbeidsplakaten.accessibility;

import static org.assertj.core.api.Assertions.assertThat;

import com.deque.html.axecore.selenium.AxeBuilder;
import java.util.ArrayList;
import java.util.List;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.poster.service.CellEditing;
import no.oslo.samarbeidsplakaten.poster.service.PosterQueries;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.Conflicts;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.template.service.TemplateDrafts;
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
    /** Beyond the WCAG tags: headings in order and one h1, visible label in the name, the skip link's target. */
    private static final List<String> STRUCTURE = List.of("heading-order", "page-has-heading-one", "empty-heading",
            "label-content-name-mismatch", "skip-link", "landmark-no-duplicate-main", "landmark-unique");

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    PosterQueries posters;

    @Autowired
    CellEditing cells;

    @Autowired
    WorkshopService workshops;

    Browser browser;
    @Autowired
    TemplateDrafts drafts;

    long posterId;
    String joinCode;
    final List<String> violations = new ArrayList<>();
    /** Each title seen, with the address that had it: two addresses must not share one. */
    final java.util.Map<String, String> titles = new java.util.HashMap<>();

    @BeforeEach
    void poster() {
        testData.resetTemplate();
        posterId = testData.agreedMosBymPoster();
        // A newer template version, so the editor offers it and the adoption preview has every kind of change.
        testData.asAdmin(() -> {
            drafts.change("cells/signals.text", drafts.draft().value("cells/signals.text"), "Signaler skrives ned.");
            String question = drafts.add(TemplateDrafts.Part.QUESTION);
            drafts.change(question + "/nb", "", "Hvem tar opp risiko først?");
            drafts.change(question + "/en", "", "Who raises risk first?");
            drafts.publish("Nytt spørsmål.", false);
        });
        testData.account("blk", "Berit Blk", "Rådgiver", "BLK", AppRole.ADMIN);
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
        testData.resetTemplate();
    }

    @Test
    void everyViewIsFreeOfAxeViolationsInBothLanguages() {
        for (String language : List.of("nb", "en")) {
            browser.open("/login");
            browser.driver().manage().addCookie(new Cookie("samarbeidsplakaten-lang", language, "/"));
            check("login", "/login", language);
            check("accessibility statement", "/tilgjengelighet", language);
            check("join page", "/verksted/" + joinCode, language);

            browser.logIn("kari", TestData.PASSWORD);
            String poster = "/plakat/" + posterId;
            check("overview", "/", language);
            check("editor", poster, language);
            browser.click(browser.driver().findElement(By.cssSelector(".meeting-card .meeting-summary-line vaadin-button")));
            browser.waitForVaadin();
            analyse("editor, a meeting open", language);
            browser.click(browser.textArea("styringssignaler"));
            browser.click(browser.driver().findElement(By.cssSelector("vaadin-button.flag-button")));
            browser.waitFor(d -> d.findElement(By.cssSelector("vaadin-dialog[opened]")));
            analyse("editor, the flag dialog", language);
            browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
            // The conflict dialog: Kari types in a field while Per saves it.
            Conflicts.peerSavesSignalsWhileTyping(testData, posters, cells, posterId, "per",
                    "Per skrev samtidig (" + language + ").", () -> browser.textArea("styringssignaler").sendKeys(" Kari"));
            browser.textArea("styringssignaler").sendKeys(" skriver.");
            browser.waitFor(d -> d.findElement(By.cssSelector("vaadin-dialog.conflict-dialog[opened]")));
            analyse("editor, the conflict dialog", language);
            browser.click(browser.driver().findElement(
                    By.cssSelector("vaadin-dialog.conflict-dialog vaadin-button:not([theme~='primary'])")));
            browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
            browser.click(browser.driver().findElement(By.cssSelector(".template-offer vaadin-button")));
            browser.waitFor(d -> d.findElement(By.cssSelector("vaadin-dialog.adopt-dialog[opened]")));
            analyse("editor, the template adoption preview", language);
            browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
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
            check("template editor", "/maler", language);
            browser.click(browser.driver().findElements(By.cssSelector(".template-toolbar vaadin-button")).getFirst());
            browser.waitFor(d -> d.findElement(By.cssSelector("vaadin-dialog[opened]")));
            analyse("template editor, the publish dialog", language);
            browser.driver().findElement(By.tagName("body")).sendKeys(org.openqa.selenium.Keys.ESCAPE);
            browser.waitFor(d -> d.findElements(By.cssSelector("vaadin-dialog[opened]")).isEmpty());
            check("template versions", "/maler/versjoner", language);
            check("template version", "/maler/versjon/1", language);
            check("template compare", "/maler/sammenlign", language);
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
        // The title names the view, and on a poster's views the poster, in the language chosen.
        String title = browser.driver().getTitle();
        if (!title.endsWith(" – Samarbeidsplakaten") || (browser.driver().getCurrentUrl().contains("/plakat/") && !title.contains("Bymiljøetaten"))) {
            violations.add(view + " [" + language + "]: title \"" + title + "\"");
        }
        String path = java.net.URI.create(browser.driver().getCurrentUrl()).getPath();
        String earlier = titles.putIfAbsent(title, path);
        if (earlier != null && !earlier.equals(path)) {
            violations.add(view + " [" + language + "]: title \"" + title + "\" is also another view's");
        }
        // One h1, also counting headings drawn inside components (shadow DOM).
        long topHeadings = (Long) browser.script("""
                const count = root => [...root.querySelectorAll('*')].reduce((n, e) =>
                    n + (e.matches('h1:not([aria-level]), [role=heading][aria-level="1"]') && e.getClientRects().length
                        ? 1 : 0) + (e.shadowRoot ? count(e.shadowRoot) : 0), 0);
                return count(document);""");
        if (topHeadings != 1) {
            violations.add(view + " [" + language + "]: " + topHeadings + " level-one headings");
        }
        report(view, language, new AxeBuilder().withTags(WCAG).analyze(browser.driver()));
        report(view, language, new AxeBuilder().withOnlyRules(STRUCTURE).analyze(browser.driver()));
    }

    private void report(String view, String language, com.deque.html.axecore.results.Results results) {
        for (var rule : results.getViolations()) {
            var targets = rule.getNodes().stream().map(node -> String.valueOf(node.getTarget())).limit(5).toList();
            violations.add(view + " [" + language + "]: " + rule.getId() + " (" + rule.getImpact() + ") "
                    + rule.getHelp() + " -> " + targets);
        }
    }
}
