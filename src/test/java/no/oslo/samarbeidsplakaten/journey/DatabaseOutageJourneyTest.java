package no.oslo.samarbeidsplakaten.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.DriverManager;
import java.time.Duration;
import no.oslo.samarbeidsplakaten.Application;
import no.oslo.samarbeidsplakaten.poster.domain.SectionField;
import no.oslo.samarbeidsplakaten.support.Browser;
import no.oslo.samarbeidsplakaten.support.TestData;
import no.oslo.samarbeidsplakaten.support.ThrowAwayPostgres;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * The PostgreSQL database goes away for 30 seconds in the middle of a workshop: what Kari types meanwhile stays on
 * her screen marked "ikke lagret", the status never claims it is saved, and it is saved by itself once the database
 * is back.
 */
class DatabaseOutageJourneyTest {

    String database;
    ConfigurableApplicationContext app;
    Browser kari;

    @AfterEach
    void stop() {
        if (kari != null) {
            kari.close();
        }
        if (app != null) {
            app.close();
        }
        ThrowAwayPostgres.reopen(database);
        ThrowAwayPostgres.drop(database);
    }

    @Test
    void textTypedWhileTheDatabaseIsAwayIsKeptAndSavedWhenItIsBack() throws Exception {
        database = ThrowAwayPostgres.create();
        app = new SpringApplicationBuilder(Application.class).run("--spring.profiles.active=postgres",
                "--spring.datasource.url=" + database, "--spring.datasource.username=" + ThrowAwayPostgres.USER,
                "--spring.datasource.password=" + ThrowAwayPostgres.PASSWORD, "--server.port=0",
                "--samarbeidsplakaten.export.warm-up=false", "--vaadin.devmode.devTools.enabled=false");
        long posterId = app.getBean(TestData.class).freshMosBymPoster();
        kari = new Browser(Integer.parseInt(app.getEnvironment().getRequiredProperty("local.server.port")));
        kari.logIn("kari", TestData.PASSWORD);
        kari.open("/plakat/" + posterId);
        kari.replaceText("styringssignaler", "Lagret før databasen forsvant");
        kari.waitUntilSaved();

        ThrowAwayPostgres.cutOff(database);
        long away = System.nanoTime();
        kari.replaceText("styringssignaler", "Skrevet mens databasen var borte – æøå");
        kari.waitFor(d -> d.findElements(By.cssSelector("#styringssignaler vaadin-text-area[data-unsaved]")).isEmpty()
                ? null : true);
        assertThat(status()).doesNotContain("Alle endringer er lagret");
        assertThat(kari.textAreaValue("styringssignaler")).isEqualTo("Skrevet mens databasen var borte – æøå");

        Thread.sleep(Math.max(0, Duration.ofSeconds(30).toMillis() - (System.nanoTime() - away) / 1_000_000));
        assertThat(status()).as("still away after 30 s").doesNotContain("Alle endringer er lagret");
        assertThat(kari.textAreaValue("styringssignaler")).isEqualTo("Skrevet mens databasen var borte – æøå");

        ThrowAwayPostgres.reopen(database);
        kari.waitUntilSaved();
        assertThat(kari.driver().findElements(By.cssSelector("#styringssignaler vaadin-text-area[data-unsaved]")))
                .isEmpty();
        try (var connection = DriverManager.getConnection(database, ThrowAwayPostgres.USER,
                ThrowAwayPostgres.PASSWORD);
                var query = connection.prepareStatement(
                        "select cell_value from poster_cell where poster_id = ? and field_key = ?")) {
            query.setLong(1, posterId);
            query.setString(2, SectionField.SIGNALS.key());
            var result = query.executeQuery();
            assertThat(result.next()).isTrue();
            assertThat(result.getString(1)).isEqualTo("Skrevet mens databasen var borte – æøå");
        }
    }

    private String status() {
        return kari.driver().findElement(By.cssSelector(".save-status")).getText();
    }
}
