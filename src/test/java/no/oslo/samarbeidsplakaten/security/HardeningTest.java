package no.oslo.samarbeidsplakaten.security;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import no.oslo.samarbeidsplakaten.audit.domain.AuditKind;
import no.oslo.samarbeidsplakaten.audit.service.AuditLog;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.versioning.service.VersioningService;
import no.oslo.samarbeidsplakaten.workshop.service.WorkshopService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.test.context.ActiveProfiles;

/**
 * What a server exposes to the network, and what it writes down about who did what. Behind a TLS proxy on this host,
 * configured as the README says.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
        properties = "server.tomcat.remoteip.internal-proxies=127\\.0\\.0\\.1|0:0:0:0:0:0:0:1")
@ActiveProfiles("test")
class HardeningTest {

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    AuditLog auditLog;

    @Autowired
    VersioningService versioning;

    @Autowired
    WorkshopService workshops;

    @Autowired
    AuthenticationConfiguration authentication;

    private final HttpClient http = HttpClient.newHttpClient();

    private HttpResponse<String> get(String path) throws IOException, InterruptedException {
        return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void pagesCarrySecurityHeadersAndTheSessionCookieIsNotForScripts() throws Exception {
        var login = get("/login");
        assertThat(login.statusCode()).isEqualTo(200);
        assertThat(login.headers().map()).as("headers").containsKeys("content-security-policy", "x-frame-options",
                "referrer-policy", "x-content-type-options");
        assertThat(login.headers().firstValue("Content-Security-Policy")).get().asString()
                .contains("default-src 'self'").contains("frame-ancestors 'none'").contains("object-src 'none'");
        // Framing by other sites is refused by the policy's frame-ancestors; old browsers read X-Frame-Options.
        assertThat(login.headers().firstValue("X-Frame-Options")).isPresent();
        assertThat(login.headers().firstValue("Referrer-Policy")).contains("strict-origin-when-cross-origin");
        assertThat(login.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
        assertThat(login.headers().allValues("Set-Cookie")).allMatch(cookie -> cookie.contains("HttpOnly"));
    }

    @Test
    void behindATlsProxyTheSessionCookieIsSecure() throws Exception {
        // As a TLS-terminating proxy on this host forwards a request: the cookie must then only travel over HTTPS.
        var viaProxy = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/login"))
                .header("X-Forwarded-Proto", "https").build(), HttpResponse.BodyHandlers.discarding());
        assertThat(viaProxy.headers().allValues("Set-Cookie")).isNotEmpty()
                .allMatch(cookie -> cookie.contains("Secure"));
        assertThat(get("/login").headers().allValues("Set-Cookie")).noneMatch(cookie -> cookie.contains("Secure"));
    }

    @Test
    void onlyHealthAndItsProbesAreOpenOfTheOperationsEndpointsAndThereIsNoDatabaseConsole() throws Exception {
        var health = get("/actuator/health");
        assertThat(health.statusCode()).isEqualTo(200);
        assertThat(health.body()).contains("\"status\":\"UP\"").doesNotContain("components", "details");
        // The probes a platform asks before sending traffic and before restarting the app.
        for (String probe : new String[] {"/actuator/health/liveness", "/actuator/health/readiness"}) {
            var answer = get(probe);
            assertThat(answer.statusCode()).as(probe).isEqualTo(200);
            assertThat(answer.body()).as(probe).contains("\"status\":\"UP\"");
        }
        for (String closed : new String[] {"/actuator/env", "/actuator/beans", "/actuator/metrics",
            "/actuator/metrics/samarbeidsplakaten.cell.save", "/h2-console"}) {
            var response = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + closed)).build(),
                    HttpResponse.BodyHandlers.discarding());
            // Redirected to the login or refused: never the endpoint itself.
            assertThat(response.statusCode()).as(closed).isIn(302, 401, 403, 404);
        }
    }

    @Test
    void theAuditLogRecordsSignInsWorkshopsApprovalsAndLocks() {
        long posterId = testData.freshMosBymPoster();
        try {
            authentication.getAuthenticationManager().authenticate(
                    UsernamePasswordAuthenticationToken.unauthenticated("kari", "feil-passord-her"));
        } catch (BadCredentialsException expected) {
            // the failure is what is audited
        } catch (Exception e) {
            throw new AssertionError(e);
        }
        testData.as("kari", () -> workshops.open(posterId));
        testData.as("kari", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.approve(posterId));
        testData.as("per", () -> versioning.lock(posterId, "Første", LocalDate.now().plusYears(1)));

        var log = testData.fetchAs("admin", () -> auditLog.find(null, "", PageRequest.of(0, 50)));
        assertThat(log).anySatisfy(e -> {
            assertThat(e.getKind()).isEqualTo(AuditKind.LOGIN_FAILED);
            assertThat(e.getActor()).isEqualTo("kari");
        });
        assertThat(log).filteredOn(e -> posterId == (e.getPosterId() == null ? -1 : e.getPosterId()))
                .extracting(e -> e.getKind() + " " + e.getActor())
                .contains("WORKSHOP_OPENED kari: Kari Nordmann (Kommunaldirektør)",
                        "APPROVED kari: Kari Nordmann (Kommunaldirektør)",
                        "APPROVED per: Per Hansen (Etatssjef)",
                        "LOCKED per: Per Hansen (Etatssjef)");
        assertThat(testData.fetchAs("admin", () -> auditLog.find(AuditKind.LOCKED, "per hansen",
                PageRequest.of(0, 10)))).singleElement().extracting(e -> e.getDetail()).isEqualTo("versjon 1");
    }
}
