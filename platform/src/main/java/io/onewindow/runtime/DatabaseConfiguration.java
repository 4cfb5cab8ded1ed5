package io.onewindow.runtime;

import com.zaxxer.hikari.HikariDataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Where the database is. Spring Boot builds the pool from the {@link JdbcConnectionDetails} given here,
 * so the embedded server is up before the DataSource exists: an external database when
 * {@code onewindow.db.url} is set (always in production), otherwise, in dev mode, the embedded one. The pool
 * holds {@code onewindow.db.connections} ({@link #connections}).
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

    /**
     * How many connections a node keeps to the database, {@code onewindow.db.connections} (in place of
     * {@code spring.datasource.hikari.maximum-pool-size}). Unset: for the embedded server, which runs on this
     * machine's processors, one for each request the node works on at once by default
     * ({@link RuntimeSettings#requestsAtOnce}), since a request needs at most one; for an external server, HikariCP's ten,
     * to be set from that server's processors and the number of nodes sharing it (docs/operations.md). Each
     * connection is a server process: more of them busy than the processors can run contend for the same buffers,
     * index pages and log, and wait their turn at the processors anyway; fewer than the workers make requests wait
     * for a connection, while the pool spins handing one over. Measured on two processors (docs/benchmarks.md): 16
     * callers committing audited actions, ten connections 4,427–4,744 actions/s at a ratio of 0.41–0.48 to the same
     * transactions unaudited, six 5,474–6,541/s at 0.52–0.58, four 5,726/s at 0.61; 16 clients submitting applications
     * over HTTP to six workers, ten connections 538–635/s, six 541/s, four 518/s.
     */
    static int connections(RuntimeSettings.Database db, int processors) {
        if (db.connections() != null) {
            return db.connections();
        }
        return db.external() ? 10 : RuntimeSettings.requestsAtOnce(processors);
    }

    /** Sizes the pool Spring Boot builds, before it opens its first connection. */
    @Bean
    static BeanPostProcessor poolSize(ObjectProvider<RuntimeSettings> settings) {
        return new BeanPostProcessor() {
            @Override
            public Object postProcessAfterInitialization(Object bean, String beanName) {
                if (bean instanceof HikariDataSource pool) {
                    int connections = connections(settings.getObject().db(), Runtime.getRuntime().availableProcessors());
                    pool.setMaximumPoolSize(connections);
                    log.info("Database pool: {} connections", connections);
                }
                return bean;
            }
        };
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
