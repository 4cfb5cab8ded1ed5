package io.onewindow.testing;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.UUID;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.configuration.FluentConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * One PostgreSQL database for the whole test JVM, whatever number of Spring contexts it starts: a fresh
 * database on the server given by {@code ONEWINDOW_TEST_DB_URL} (dropped when the JVM ends), or else an
 * embedded PostgreSQL in a temporary directory.
 */
public final class TestDatabase {

    private static TestDatabase instance;

    private final String url;
    private final String user;
    private final String password;

    private TestDatabase(String url, String user, String password) {
        this.url = url;
        this.user = user;
        this.password = password;
    }

    public static synchronized TestDatabase get() {
        if (instance == null) {
            String server = System.getenv("ONEWINDOW_TEST_DB_URL");
            instance = server == null || server.isBlank() ? embedded() : onServer(server,
                    System.getenv().getOrDefault("ONEWINDOW_TEST_DB_USER", "postgres"),
                    System.getenv().getOrDefault("ONEWINDOW_TEST_DB_PASSWORD", ""));
        }
        return instance;
    }

    public String url() {
        return url;
    }

    public String user() {
        return user;
    }

    public String password() {
        return password;
    }

    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url, user, password);
    }

    /**
     * A module's migrations ({@code db/migration/<module>}) on a new database, for tests that migrate it a version at
     * a time and check what a migration does to the rows an earlier version left; the database is the configuration's.
     * As at a platform's start, the root migrations ({@code __root}: the outbox, sessions, the functions modules' triggers
     * call) have run first, and the module's history is a table of its own.
     */
    public FluentConfiguration migrationsOnNewDatabase(String module) {
        DataSource database = new DriverManagerDataSource(createDatabase(module + "_migration"), user, password);
        Flyway.configure().dataSource(database).locations("classpath:db/migration/__root").load().migrate();
        // As Spring Modulith configures a module's migrations: the database holds the root's already.
        return Flyway.configure().dataSource(database).locations("classpath:db/migration/" + module)
                .table("flyway_schema_history_" + module).baselineVersion("0").baselineOnMigrate(true);
    }

    /** A new, empty database on the same server, for tests that must not share the JVM's database. */
    public String createDatabase(String purpose) {
        String name = "onewindow_" + purpose + "_" + UUID.randomUUID().toString().replace("-", "").substring(0, 8);
        try (Connection admin = connect()) {
            admin.createStatement().execute("create database " + name + " encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create the database " + name, e);
        }
        int slash = url.lastIndexOf('/');
        int query = url.indexOf('?', slash);
        return url.substring(0, slash + 1) + name + (query < 0 ? "" : url.substring(query));
    }

    private static TestDatabase embedded() {
        try {
            Path directory = Files.createTempDirectory("onewindow-test-pg");
            EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                    .setDataDirectory(directory)
                    .setCleanDataDirectory(true)
                    .setRegisterShutdownHook(false)
                    .setServerConfig("max_connections", "300")
                    .setServerConfig("fsync", "off")
                    .setServerConfig("synchronous_commit", "off")
                    .start();
            afterTheContextsClose(() -> {
                try {
                    postgres.close();
                } catch (IOException ignored) {
                    // the JVM is ending; the directory is temporary
                }
            });
            return new TestDatabase(postgres.getJdbcUrl("postgres", "postgres"), "postgres", "");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot start the embedded test PostgreSQL", e);
        }
    }

    // The URL names a server and a database we may connect to; the tests get a database of their own
    // beside it, so that concurrent runs and earlier leftovers never meet.
    private static TestDatabase onServer(String serverUrl, String user, String password) {
        String name = "onewindow_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
        try (Connection admin = DriverManager.getConnection(serverUrl, user, password)) {
            admin.createStatement().execute("create database " + name + " encoding 'UTF8'");
        } catch (SQLException e) {
            throw new IllegalStateException("Cannot create a test database on " + serverUrl, e);
        }
        afterTheContextsClose(() -> {
            try (Connection admin = DriverManager.getConnection(serverUrl, user, password)) {
                admin.createStatement().execute("drop database if exists " + name + " with (force)");
            } catch (SQLException ignored) {
                // best effort: a leftover test database is harmless
            }
        });
        int slash = serverUrl.lastIndexOf('/');
        int query = serverUrl.indexOf('?', slash);
        String url = serverUrl.substring(0, slash + 1) + name + (query < 0 ? "" : serverUrl.substring(query));
        return new TestDatabase(url, user, password);
    }

    /** Whether a Spring application started in this JVM (its shutdown handlers run, after its contexts have closed). */
    private static volatile boolean springApplicationStarted;

    /** Called by {@link TestDatabaseInitializer} as a Spring application starts. */
    static void springApplicationStarted() {
        springApplicationStarted = true;
    }

    // A JVM shutdown hook (ours or the embedded server's own) running alongside Spring's would pull the
    // database from under contexts still closing, whose schedulers then wait out the pool's connection
    // timeout. Spring's shutdown handlers run after every context has closed, but only in a JVM where a Spring
    // application started; in one where none did (a class such as NodeCachesTests run alone), a hook of our own
    // runs the action instead.
    private static void afterTheContextsClose(Runnable action) {
        SpringApplication.getShutdownHandlers().add(action);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            if (!springApplicationStarted) {
                action.run();
            }
        }, "test-database-shutdown"));
    }
}
