package no.oslo.samarbeidsplakaten.support;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;

/**
 * Databases on the local PostgreSQL server that live for one test run: created empty, dropped afterwards. The server
 * and the account the test command prepares (see {@code .mvn/test-tools.sh}) can be changed with the system
 * properties {@code samarbeidsplakaten.test.postgres.url}, {@code .user} and {@code .password}.
 */
public final class ThrowAwayPostgres {

    public static final String SERVER = System.getProperty("samarbeidsplakaten.test.postgres.url",
            "jdbc:postgresql://localhost:5432/");
    public static final String USER = System.getProperty("samarbeidsplakaten.test.postgres.user",
            "samarbeidsplakaten_test");
    public static final String PASSWORD = System.getProperty("samarbeidsplakaten.test.postgres.password",
            "samarbeidsplakaten_test");

    private ThrowAwayPostgres() {
    }

    /** Whether this is the test command's PostgreSQL run ({@code -Dsamarbeidsplakaten.test.database=postgres}). */
    public static boolean isTheTestDatabase() {
        return "postgres".equals(System.getProperty("samarbeidsplakaten.test.database"));
    }

    /** Creates an empty database and returns its JDBC address. */
    public static String create() {
        String name = "spt_" + UUID.randomUUID().toString().replace("-", "");
        maintenance("create database " + name);
        return SERVER + name;
    }

    /** Drops a database made by {@link #create()}, closing what is still connected to it. */
    public static void drop(String url) {
        maintenance("drop database if exists " + url.substring(SERVER.length()) + " with (force)");
    }

    /** The database goes away for the app: its connections are cut and new ones refused, until {@link #reopen}. */
    public static void cutOff(String url) {
        String name = url.substring(SERVER.length());
        maintenance("alter database " + name + " allow_connections false");
        maintenance("select pg_terminate_backend(pid) from pg_stat_activity where datname = '" + name + "'");
    }

    public static void reopen(String url) {
        maintenance("alter database " + url.substring(SERVER.length()) + " allow_connections true");
    }

    private static void maintenance(String sql) {
        try (var connection = DriverManager.getConnection(SERVER + "postgres", USER, PASSWORD);
                var statement = connection.createStatement()) {
            statement.execute(sql);
        } catch (SQLException e) {
            throw new IllegalStateException("PostgreSQL for the tests is not there at " + SERVER + " as " + USER
                    + " (the test command starts it and creates the account: .mvn/test-tools.sh): " + e.getMessage(),
                    e);
        }
    }
}
