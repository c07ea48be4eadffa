package no.oslo.samarbeidsplakaten.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import no.nav.security.mock.oauth2.MockOAuth2Server;
import no.nav.security.mock.oauth2.token.DefaultOAuth2TokenCallback;
import no.oslo.samarbeidsplakaten.poster.service.PosterLifecycle;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Single sign-on round trip against a real OpenID Connect server started in the test: the organisation and role
 * come from the token's claims, and a token without a role is refused.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT)
@ActiveProfiles({"test", "oidc"})
class SingleSignOnJourneyTest {

    private static final String ISSUER = "entra";
    private static final MockOAuth2Server IDENTITY_PROVIDER = new MockOAuth2Server();

    static {
        IDENTITY_PROVIDER.start();
    }

    @DynamicPropertySource
    static void identityProvider(DynamicPropertyRegistry registry) {
        registry.add("OIDC_ISSUER_URI", () -> IDENTITY_PROVIDER.issuerUrl(ISSUER).toString());
        registry.add("OIDC_CLIENT_ID", () -> "samarbeidsplakaten");
        registry.add("OIDC_CLIENT_SECRET", () -> "test-secret");
    }

    @AfterAll
    static void stopIdentityProvider() {
        IDENTITY_PROVIDER.shutdown();
    }

    @LocalServerPort
    int port;

    @Autowired
    TestData testData;

    @Autowired
    PosterLifecycle lifecycle;

    Browser browser;
    long ownPosterId;
    long otherPosterId;

    @BeforeEach
    void posters() {
        testData.removePosters();
        ownPosterId = testData.fetchAs("admin",
                () -> lifecycle.create(testData.organisationId("MOS"), testData.organisationId("BYM")));
        otherPosterId = testData.fetchAs("admin",
                () -> lifecycle.create(testData.organisationId("OBK"), testData.organisationId("UDE")));
        browser = new Browser(port);
    }

    @AfterEach
    void closeBrowser() {
        browser.close();
    }

    @Test
    void aMemberFromTheDirectorySignsInAndSeesTheirOrganisationsPosters() {
        IDENTITY_PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "kari-entra", "JWT",
                List.of("samarbeidsplakaten"), Map.of("preferred_username", "kari@oslo.kommune.no",
                        "name", "Kari Fra Entra", "organisation", "MOS", "roles", List.of("MEMBER"),
                        "jobTitle", "Kommunaldirektør"), 3600));
        signInWithSingleSignOn();

        browser.waitFor(d -> d.getCurrentUrl().endsWith("/") ? true : null);
        assertThat(browser.waitFor(d -> d.findElement(By.cssSelector(".signed-in-user"))).getText())
                .isEqualTo("Kari Fra Entra · Kommunaldirektør");
        browser.open("/plakat/" + ownPosterId);
        browser.waitFor(d -> d.findElement(By.cssSelector("main.poster-editor")));
        browser.open("/plakat/" + otherPosterId);
        assertThat(browser.driver().findElement(By.tagName("h1")).getText()).isEqualTo("Fant ikke siden");
    }

    @Test
    void aTokenWithoutAnAppRoleIsRefused() {
        IDENTITY_PROVIDER.enqueueCallback(new DefaultOAuth2TokenCallback(ISSUER, "nobody", "JWT",
                List.of("samarbeidsplakaten"), Map.of("name", "Uten Rolle", "organisation", "MOS"), 3600));
        signInWithSingleSignOn();

        browser.waitFor(d -> d.getCurrentUrl().contains("/login?error") ? true : null);
        browser.open("/");
        assertThat(browser.driver().getCurrentUrl()).endsWith("/login");
    }

    private void signInWithSingleSignOn() {
        browser.open("/login");
        browser.waitFor(d -> d.findElement(By.cssSelector("a.sso-login"))).click();
        browser.waitForVaadin();
    }
}
