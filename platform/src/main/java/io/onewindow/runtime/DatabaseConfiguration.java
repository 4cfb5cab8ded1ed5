package io.onewindow.runtime;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the database is. Spring Boot builds the pool from the {@link JdbcConnectionDetails} given here,
 * so the embedded server is up before the DataSource exists: an external database when
 * {@code onewindow.db.url} is set (always in production), otherwise, in dev mode, the embedded one.
 */
@Configuration(proxyBeanMethods = false)
class DatabaseConfiguration {

    private static final Logger log = LoggerFactory.getLogger(DatabaseConfiguration.class);

    @Bean
    JdbcConnectionDetails jdbcConnectionDetails(RuntimeSettings settings, DatabaseHolder holder) {
        RuntimeSettings.Database db = settings.db();
        if (db.external()) {
            log.info("Database: {} as user '{}' (external)", db.url(), db.user());
            return connection(db.url(), db.user(), db.password());
        }
        EmbeddedDatabase embedded = holder.start(settings.dataDir().resolve("pg"), db.embeddedPort());
        log.info("Database: {} as user '{}' (embedded PostgreSQL, data in {})", embedded.jdbcUrl(),
                EmbeddedDatabase.USER, settings.dataDir().resolve("pg").toAbsolutePath());
        return connection(embedded.jdbcUrl(), EmbeddedDatabase.USER, "");
    }

    @Bean(destroyMethod = "close")
    DatabaseHolder embeddedDatabaseHolder() {
        return new DatabaseHolder();
    }

    /** Owns the embedded server, if one was started, and stops it with the application context. */
    static final class DatabaseHolder implements AutoCloseable {
        private EmbeddedDatabase database;

        synchronized EmbeddedDatabase start(java.nio.file.Path dataDirectory, int port) {
            if (database == null) {
                database = EmbeddedDatabase.start(dataDirectory, port);
            }
            return database;
        }

        @Override
        public synchronized void close() throws Exception {
            if (database != null) {
                database.close();
                database = null;
            }
        }
    }

    private static JdbcConnectionDetails connection(String url, String user, String password) {
        return new JdbcConnectionDetails() {
            @Override
            public String getJdbcUrl() {
                return url;
            }

            @Override
            public String getUsername() {
                return user;
            }

            @Override
            public String getPassword() {
                return password;
            }
        };
    }
}
