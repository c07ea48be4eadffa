package no.oslo.samarbeidsplakaten.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import no.oslo.samarbeidsplakaten.Application;
import no.oslo.samarbeidsplakaten.support.Agreement;
import no.oslo.samarbeidsplakaten.support.AppProcess;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.support.ThrowAwayPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * Two nodes of the app on one PostgreSQL database, as behind a load balancer with sticky sessions: node A in this JVM
 * (so the test can prepare its data), node B in a JVM of its own. Kari works on node A, Per and a guest on node B;
 * nothing connects the two nodes but the database.
 */
class TwoNodesJourneyTest {

    @TempDir
    Path temp;

    String database;
    ConfigurableApplicationContext nodeA;
    AppProcess nodeB;
    Browser kari;
    Browser per;
    Browser guest;
    long posterId;

    @BeforeEach
    void twoNodes() throws Exception {
        database = ThrowAwayPostgres.create();
        String[] postgres = {"--spring.profiles.active=postgres", "--spring.datasource.url=" + database,
                "--spring.datasource.username=" + ThrowAwayPostgres.USER,
                "--spring.datasource.password=" + ThrowAwayPostgres.PASSWORD};
        nodeA = new SpringApplicationBuilder(Application.class).run(concat(postgres, "--server.port=0",
                "--samarbeidsplakaten.export.warm-up=false", "--vaadin.devmode.devTools.enabled=false"));
        nodeB = new AppProcess(temp.resolve("unused-h2"), temp.resolve("node-b.log"));
        nodeB.start(postgres);

        var testData = nodeA.getBean(TestData.class);
        posterId = testData.freshMosBymPoster();
        kari = new Browser(portOfA());
        per = new Browser(nodeB.port());
        kari.logIn("kari", TestData.PASSWORD);
        per.logIn("per", TestData.PASSWORD);
    }

    @AfterEach
    void stop() throws InterruptedException {
        for (Browser browser : new Browser[] {kari, per, guest}) {
            if (browser != null) {
                browser.close();
            }
        }
        if (nodeB != null) {
            nodeB.close();
        }
        if (nodeA != null) {
            nodeA.close();
        }
        ThrowAwayPostgres.drop(database);
    }

    @Test
    void editsPresenceTypingWorkshopsApprovalsAndTheJoinThrottleSpanBothNodes() {
        String editor = "/plakat/" + posterId;
        kari.open(editor);
        per.open(editor);

        // Who is there: each sees the other, though they sit on different nodes.
        kari.waitFor(d -> presentNames(kari).contains("Per Hansen") ? true : null);
        per.waitFor(d -> presentNames(per).contains("Kari Nordmann") ? true : null);

        // A saved edit on A reaches B, and one on B reaches A.
        kari.replaceText("styringssignaler", "Skrives ned samme dag – node A");
        kari.waitUntilSaved();
        long saved = System.nanoTime();
        per.waitFor(d -> "Skrives ned samme dag – node A".equals(per.textAreaValue("styringssignaler")) ? true : null);
        System.out.printf("Saved on node A, on screen on node B after at most %d ms%n",
                (System.nanoTime() - saved) / 1_000_000);
        per.replaceText("styringssignaler", "Og lest opp på neste møte – node B");
        kari.waitFor(d -> "Og lest opp på neste møte – node B".equals(kari.textAreaValue("styringssignaler"))
                ? true : null);

        // What Per types and has not saved shows under the field on Kari's screen, marked as his.
        var area = per.textArea("styringssignaler");
        area.click();
        area.sendKeys(Keys.END, " Ikke lagret ennå");
        kari.waitFor(d -> String.valueOf(kari.script(
                "const p = document.querySelector('#styringssignaler .typing-preview'); return p && p.textContent;"))
                .contains("Ikke lagret ennå") ? true : null);
        area.sendKeys(Keys.TAB);
        per.waitUntilSaved();

        // A workshop opened on A is open on B: a guest joins there with its code and shows up on A.
        kari.click(kari.driver().findElement(By.xpath("//vaadin-button[contains(., 'Start verksted')]")));
        String code = kari.waitFor(d -> d.findElement(By.cssSelector(".join-code")).getText());
        kari.driver().findElement(By.xpath("//vaadin-button[contains(., 'Lukk')]")).click();
        guest = new Browser(nodeB.port());
        guest.joinAsGuest(code, "Gro Gjest", "Seksjonsleder");
        kari.waitFor(d -> presentNames(kari).contains("Gro Gjest") ? true : null);

        // Kari approves on A, Per on B; Kari locks on A and Per sees the agreed version.
        Agreement.approveBothAndLock(kari, per, 1, "Første versjon, vedtatt over to noder");
        per.waitFor(d -> d.findElement(By.cssSelector(".status-badge")).getText().equals("Vedtatt · versjon 1")
                ? true : null);

        // Wrong codes typed on B count on A too: after ten, even the right code is refused there.
        try (var guesser = new Browser(nodeB.port())) {
            for (int i = 0; i < 10; i++) {
                guesser.open("/verksted/AAAAAAA" + i);
                assertThat(formMessage(guesser)).startsWith("Koden gjelder ikke");
            }
        }
        try (var late = new Browser(portOfA())) {
            late.open("/verksted/" + code.replace("-", ""));
            assertThat(formMessage(late)).startsWith("For mange feil koder fra denne maskinen");
        }
    }

    private int portOfA() {
        return Integer.parseInt(nodeA.getEnvironment().getRequiredProperty("local.server.port"));
    }

    private static String formMessage(Browser browser) {
        return browser.waitFor(d -> {
            String text = d.findElement(By.cssSelector(".form-message")).getText();
            return text.isBlank() ? null : text;
        });
    }

    private static String presentNames(Browser browser) {
        return String.join(",", browser.driver().findElements(By.cssSelector(".presence-name")).stream()
                .map(e -> e.getText()).toList());
    }

    private static String[] concat(String[] first, String... more) {
        String[] all = java.util.Arrays.copyOf(first, first.length + more.length);
        System.arraycopy(more, 0, all, first.length, more.length);
        return all;
    }
}
