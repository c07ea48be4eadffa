package no.oslo.samarbeidsplakaten.support;

import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;

/**
 * With {@code -Dsamarbeidsplakaten.test.database=postgres} (the test command's PostgreSQL run) every application
 * context of the tests gets its own empty PostgreSQL database, as it gets its own in-memory H2 database otherwise.
 * All of them are dropped when the test JVM ends.
 */
public class PostgresTestDatabases implements EnvironmentPostProcessor {

    private static final List<String> CREATED = new CopyOnWriteArrayList<>();

    static {
        Runtime.getRuntime().addShutdownHook(new Thread(() -> CREATED.forEach(ThrowAwayPostgres::drop)));
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (!ThrowAwayPostgres.isTheTestDatabase()) {
            return;
        }
        String url = ThrowAwayPostgres.create();
        CREATED.add(url);
        // Small pools: the cached contexts of a test run together stay well below the server's 100 connections.
        environment.getPropertySources().addFirst(new MapPropertySource("throw-away-postgres", Map.of(
                "spring.datasource.url", url,
                "spring.datasource.username", ThrowAwayPostgres.USER,
                "spring.datasource.password", ThrowAwayPostgres.PASSWORD,
                "spring.datasource.hikari.maximum-pool-size", "6",
                "spring.datasource.hikari.minimum-idle", "1")));
    }
}
