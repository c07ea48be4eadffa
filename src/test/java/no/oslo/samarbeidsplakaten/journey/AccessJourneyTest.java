package no.oslo.samarbeidsplakaten.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import no.oslo.samarbeidsplakaten.poster.service.PosterReaders;
import no.oslo.samarbeidsplakaten.security.domain.AppRole;
import no.oslo.samarbeidsplakaten.security.domain.AppUserRepository;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;

/**
 * Every role against every address of a poster, in a real browser: the pages they may open show the poster, the
 * others show the same "not found" page as a poster that does not exist (or the login, for someone not signed in).
 * Also: join codes cannot be guessed quickly.
 */
// A context of its own: the guessing test leaves this browser address locked out of joining for a while.
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT, properties = "spring.jmx.enabled=false")
@ActiveProfiles("test")
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class AccessJourneyTest {

    private static final String FETCH_STATUS = """
            const done = arguments[arguments.length - 1];
            fetch(arguments[0], {credentials: 'same-origin'})
              .then(r => done(r.status + ' ' + (r.headers.get('Content-Type') || '')))
              .catch(e => done('failed'));
            """;

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    PosterReaders readers;

    @Autowired
    VersioningService versioning;

    @Autowired
    WorkshopService workshops;

    @Autowired
    AppUserRepository users;

    long posterId;
    String joinCode;

    @BeforeEach
    void aPosterWithAVersionAndAnOpenWorkshop() {
        posterId = testData.freshMosBymPoster();
        testData.member("ola", "Ola Utenfor", "Rådgiver", "UDE");
        testData.account("rita", "Rita Leser", "Rådgiver", "BLK", AppRole.READER);
        testData.account("rune", "Rune Leser", "Rådgiver", "BLK", AppRole.READER);
        // The initial admin's password is random; this one is known to the test.
        testData.account("blk", "Bente Byrådsleder", "Rådgiver", "BLK", AppRole.ADMIN);
        testData.as("kari", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.approve(posterId));
        testData.as("kari", () -> versioning.lock(posterId, "Første", LocalDate.now().plusYears(1)));
        testData.as("admin", () -> readers.givePosters(users.findByUsername("rita").orElseThrow().getId(),
                Set.of(posterId)));
        joinCode = testData.fetchAs("kari", () -> workshops.open(posterId)).joinCode();
    }

    /** Each address with the page marker it shows when allowed and who may open it. */
    private Map<String, Map.Entry<String, Set<String>>> addresses() {
        var workers = Set.of("blk", "kari", "guest");
        var versionReaders = Set.of("blk", "kari", "guest", "rita");
        var p = "/plakat/" + posterId;
        var e = "/eksport/plakat/" + posterId;
        var map = new LinkedHashMap<String, Map.Entry<String, Set<String>>>();
        map.put(p, Map.entry("main.poster-editor", workers));
        map.put(p + "/visning", Map.entry(".poster-sheet.read-only", workers));
        map.put(p + "/presentasjon", Map.entry(".presentation", workers));
        map.put(p + "/endringer", Map.entry("main.trail-view", workers));
        map.put(p + "/historikk", Map.entry("main.history-view", versionReaders));
        map.put(p + "/versjon/1", Map.entry(".version-banner", versionReaders));
        map.put(p + "/sammenlign?fra=1&til=1", Map.entry("main.compare-view", versionReaders));
        map.put(e + ".pdf", Map.entry("application/pdf", workers));
        map.put(e + ".pdf?versjon=1", Map.entry("application/pdf", versionReaders));
        map.put(e + ".json", Map.entry("application/json", workers));
        map.put("/admin/brukere", Map.entry("main.user-admin", Set.of("blk")));
        map.put("/admin/import", Map.entry("main.import-view", Set.of("blk")));
        map.put("/admin/logg", Map.entry("main.audit-view", Set.of("blk")));
        return map;
    }

    @Test
    @Order(1)
    void everyRoleOpensExactlyTheAddressesItMay() {
        var wrong = new ArrayList<String>();
        for (String who : List.of("blk", "kari", "ola", "rita", "rune", "guest", "anonymous")) {
            try (var browser = new Browser(port)) {
                switch (who) {
                    case "guest" -> browser.joinAsGuest(joinCode, "Gro Gjest", "Seksjonsleder");
                    case "anonymous" -> browser.open("/");
                    default -> browser.logIn(who, TestData.PASSWORD);
                }
                addresses().forEach((address, rule) -> {
                    boolean expected = rule.getValue().contains(who);
                    String outcome = visit(browser, address, rule.getKey());
                    boolean allowed = outcome.equals("allowed");
                    if (allowed != expected || !allowed && !outcome.equals("denied")) {
                        wrong.add(who + " " + address + ": expected " + (expected ? "allowed" : "denied")
                                + ", got " + outcome);
                    }
                });
            }
        }
        assertThat(wrong).isEmpty();
    }

    /**
     * @return "allowed" when the page or file came, "denied" when the answer was "not found" (the same as for a
     *     poster that does not exist) or the login, else what was seen
     */
    private String visit(Browser browser, String address, String marker) {
        if (address.startsWith("/eksport/")) {
            String answer = (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript(FETCH_STATUS,
                    address);
            if (answer.startsWith("200 " + marker)) {
                return "allowed";
            }
            // Not signed in, the fetch follows the redirect to the login page.
            return answer.startsWith("404 ") || answer.startsWith("200 text/html") ? "denied" : answer;
        }
        browser.open(address);
        try {
            return browser.waitFor(d -> {
                if (!d.findElements(By.cssSelector(marker)).isEmpty()) {
                    return "allowed";
                }
                if (d.getCurrentUrl().endsWith("/login")) {
                    return "denied";
                }
                var headings = d.findElements(By.tagName("h1"));
                return !headings.isEmpty() && headings.getFirst().getText().equals("Fant ikke siden") ? "denied"
                        : null;
            });
        } catch (org.openqa.selenium.TimeoutException e) {
            return "a page showing: " + browser.script("return document.body.innerText.substring(0, 300);");
        }
    }

    @Test
    @Order(2)
    void guessingJoinCodesIsStoppedAfterAFewWrongTries() {
        try (var browser = new Browser(port)) {
            for (int i = 0; i < 10; i++) {
                browser.open("/verksted/FEIL000" + i);
                assertThat(message(browser)).startsWith("Koden gjelder ikke");
            }
            browser.open("/verksted/" + joinCode);
            assertThat(message(browser)).startsWith("For mange feil koder fra denne maskinen. Vent 10 minutter");
        }
    }

    private static String message(Browser browser) {
        return browser.waitFor(d -> {
            String text = d.findElement(By.cssSelector(".form-message")).getText();
            return text.isBlank() ? null : text;
        });
    }
}
