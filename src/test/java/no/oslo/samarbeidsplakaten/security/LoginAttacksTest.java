package no.oslo.samarbeidsplakaten.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import no.oslo.samarbeidsplakaten.audit.domain.AuditKind;
import no.oslo.samarbeidsplakaten.audit.service.AuditLog;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.test.context.ActiveProfiles;

/**
 * The sign-in form as an attacker meets it, over HTTP: it refuses a POST from another site, slows password guessing
 * down for the account (and tells the user how long to wait), takes as long to fail for an unknown account as for a
 * known one, and believes no forwarded client address from a proxy nobody configured.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles("test")
class LoginAttacksTest {

    private static final Pattern CSRF = Pattern.compile("<meta name=\"_csrf\" content=\"([^\"]+)\"");

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    AuditLog auditLog;

    /** A browser: its own cookies, redirects not followed, so each answer can be read. */
    private final class Visitor {
        final HttpClient http = HttpClient.newBuilder().cookieHandler(new CookieManager()).build();

        String csrfTokenOfTheLoginPage() throws Exception {
            var page = http.send(request("/login").build(), HttpResponse.BodyHandlers.ofString());
            var token = CSRF.matcher(page.body());
            assertThat(token.find()).as("the login page carries a CSRF token for its form").isTrue();
            return token.group(1);
        }

        /** @return where the answer sends the browser */
        String logIn(String username, String password, String csrfToken, String... headers) throws Exception {
            String form = "username=" + encode(username) + "&password=" + encode(password)
                    + (csrfToken == null ? "" : "&_csrf=" + encode(csrfToken));
            var post = request("/login").header("Content-Type", "application/x-www-form-urlencoded")
                    .POST(HttpRequest.BodyPublishers.ofString(form));
            if (headers.length > 0) {
                post.headers(headers);
            }
            var answer = http.send(post.build(), HttpResponse.BodyHandlers.discarding());
            assertThat(answer.statusCode()).isEqualTo(302);
            return answer.headers().firstValue("Location").orElseThrow();
        }

        int statusOf(String path) throws Exception {
            return http.send(request(path).build(), HttpResponse.BodyHandlers.discarding()).statusCode();
        }
    }

    private HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://localhost:" + port + path));
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8);
    }

    @Test
    void aSignInPostedFromAnotherSiteWithoutThePagesTokenSignsNobodyIn() throws Exception {
        testData.member("csrf-kari", "Kari Nordmann", "Kommunaldirektør", "MOS");
        var victim = new Visitor();
        victim.statusOf("/login");

        String whereTo = victim.logIn("csrf-kari", TestData.PASSWORD, null, "Origin", "https://angriper.example");

        assertThat(whereTo).endsWith("/login?expired");
        assertThat(victim.logIn("csrf-kari", TestData.PASSWORD, "forfalsket-token")).endsWith("/login?expired");
        // With the page's own token the same account signs in, as the login form does it.
        var user = new Visitor();
        assertThat(user.logIn("csrf-kari", TestData.PASSWORD, user.csrfTokenOfTheLoginPage()))
                .doesNotContain("/login");
    }

    @Test
    void guessingAPasswordIsSlowedDownForTheAccountAndTheRealUserGetsInOnceTheWaitIsOver() throws Exception {
        testData.member("gjett-per", "Per Hansen", "Etatssjef", "BYM");
        var attacker = new Visitor();
        String token = attacker.csrfTokenOfTheLoginPage();
        for (int i = 0; i < 3; i++) {
            assertThat(attacker.logIn("gjett-per", "feil-passord-" + i, token)).endsWith("/login?error");
        }
        // The fourth wrong password starts a wait; during it even the right password is not tried.
        assertThat(attacker.logIn("gjett-per", "feil-passord-3", token)).matches(".*/login\\?error&wait=[12]");
        assertThat(attacker.logIn("gjett-per", TestData.PASSWORD, token)).matches(".*/login\\?error&wait=[12]");
        assertThat(testData.fetchAs("admin", () -> auditLog.find(AuditKind.SIGN_IN_SLOWED, "gjett-per",
                PageRequest.of(0, 10)))).isNotEmpty();

        Thread.sleep(2_100);
        var user = new Visitor();
        assertThat(user.logIn("gjett-per", TestData.PASSWORD, user.csrfTokenOfTheLoginPage()))
                .doesNotContain("/login");
    }

    @Test
    void aFailedSignInTakesAsLongForAnUnknownAccountAsForAKnownOne() throws Exception {
        testData.member("tid-kari", "Kari Nordmann", "Kommunaldirektør", "MOS");
        var prober = new Visitor();
        String token = prober.csrfTokenOfTheLoginPage();
        List<Long> known = new ArrayList<>();
        List<Long> unknown = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            // Different accounts each time, so the throttle's waits stay out of the measurement.
            known.add(timed(prober, "tid-kari", token));
            unknown.add(timed(prober, "finnes-ikke-" + i, token));
            testData.member("tid-kari-" + i, "Kari", "Rådgiver", "MOS");
            known.add(timed(prober, "tid-kari-" + i, token));
        }
        long knownMedian = known.stream().sorted().toList().get(known.size() / 2);
        long unknownMedian = unknown.stream().sorted().toList().get(unknown.size() / 2);
        System.out.printf("Failed sign-in, median: known account %d ms, unknown %d ms%n", knownMedian,
                unknownMedian);
        assertThat(Math.abs(knownMedian - unknownMedian)).as("known %d ms, unknown %d ms", knownMedian,
                unknownMedian).isLessThan(100);
    }

    private long timed(Visitor visitor, String username, String token) throws Exception {
        long start = System.nanoTime();
        visitor.logIn(username, "feil-passord", token);
        return (System.nanoTime() - start) / 1_000_000;
    }

    @Test
    void aForwardedClientAddressFromAProxyNobodyConfiguredIsNotBelieved() throws Exception {
        var forger = new Visitor();
        String token = forger.csrfTokenOfTheLoginPage();
        forger.logIn("forfalsket-adresse", "feil-passord", token, "X-Forwarded-For", "203.0.113.9");

        var failures = testData.fetchAs("admin", () -> auditLog.find(AuditKind.LOGIN_FAILED, "forfalsket-adresse",
                PageRequest.of(0, 10)));
        assertThat(failures).isNotEmpty().allSatisfy(line -> assertThat(line.getClient()).isEqualTo("127.0.0.1"));
    }
}
