package io.onewindow.bench.platform;

import com.zaxxer.hikari.HikariDataSource;
import io.onewindow.OneWindowApplication;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import javax.sql.DataSource;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The platform booted in this JVM in dev mode, as {@code java -jar onewindow-exec.jar} starts it: an
 * embedded PostgreSQL under a temporary data directory, or the database named by
 * {@code ONEWINDOW_BENCH_DB_URL} (with {@code ONEWINDOW_BENCH_DB_USER} and {@code ONEWINDOW_BENCH_DB_PASSWORD}).
 * The web server listens on a free port of 127.0.0.1 only; it cannot be left out, because the platform's
 * security configuration needs a servlet context. Closing stops the database and deletes the directory.
 */
public final class PlatformUnderTest implements AutoCloseable {

    static final String DB_URL = "ONEWINDOW_BENCH_DB_URL";

    private final ConfigurableApplicationContext context;
    private final Path dataDir;
    private final boolean externalDatabase;
    // Stops the database and deletes the directory when the run is interrupted (Ctrl-C) before close().
    private final Thread onExit = new Thread(this::stop, "bench-platform-cleanup");

    private PlatformUnderTest(ConfigurableApplicationContext context, Path dataDir, boolean externalDatabase) {
        this.context = context;
        this.dataDir = dataDir;
        this.externalDatabase = externalDatabase;
        Runtime.getRuntime().addShutdownHook(onExit);
    }

    public static PlatformUnderTest start() {
        Path dataDir;
        try {
            dataDir = Files.createTempDirectory("onewindow-bench-");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot create a temporary data directory", e);
        }
        String url = System.getenv(DB_URL);
        List<String> args = new ArrayList<>(List.of(
                "--onewindow.mode=dev",
                "--onewindow.data-dir=" + dataDir,
                "--onewindow.http.port=0",
                "--server.address=127.0.0.1",
                "--logging.level.root=warn",
                "--logging.level.io.onewindow.runtime.keys=error",
                "--logging.level.org.springdoc=error"));
        if (url != null && !url.isBlank()) {
            args.add("--onewindow.db.url=" + url);
            args.add("--onewindow.db.user=" + Optional.ofNullable(System.getenv("ONEWINDOW_BENCH_DB_USER")).orElse("postgres"));
            args.add("--onewindow.db.password=" + Optional.ofNullable(System.getenv("ONEWINDOW_BENCH_DB_PASSWORD")).orElse(""));
        }
        try {
            ConfigurableApplicationContext context = new SpringApplicationBuilder(OneWindowApplication.class)
                    .web(WebApplicationType.SERVLET)
                    .run(args.toArray(String[]::new));
            return new PlatformUnderTest(context, dataDir, url != null && !url.isBlank());
        } catch (RuntimeException e) {
            deleteTree(dataDir);
            throw e;
        }
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    public JdbcClient jdbc() {
        return context.getBean(JdbcClient.class);
    }

    public DataSource dataSource() {
        return context.getBean(DataSource.class);
    }

    /** The platform's address, e.g. {@code http://127.0.0.1:41234}. */
    public String baseUrl() {
        return "http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port");
    }

    public boolean externalDatabase() {
        return externalDatabase;
    }

    /**
     * The PostgreSQL server process, when the database runs on this machine: the parent of the backend
     * serving this connection.
     */
    public Optional<Long> databasePid() {
        long backend = jdbc().sql("select pg_backend_pid()").query(Long.class).single();
        return ProcessHandle.of(backend)
                .filter(process -> process.info().command().map(c -> c.endsWith("postgres")).orElse(false))
                .flatMap(ProcessHandle::parent)
                .map(ProcessHandle::pid);
    }

    /** The database's version and the settings that decide write speed. */
    public String describeDatabase() {
        JdbcClient jdbc = jdbc();
        String version = jdbc.sql("show server_version").query(String.class).single();
        String settings = Stream.of("synchronous_commit", "fsync", "shared_buffers", "wal_level")
                .map(name -> name + "=" + jdbc.sql("show " + name).query(String.class).single())
                .reduce((a, b) -> a + ", " + b).orElse("");
        int connections = context.getBean(DataSource.class) instanceof HikariDataSource pool ? pool.getMaximumPoolSize() : -1;
        return "PostgreSQL " + version + (externalDatabase ? " (" + DB_URL + ")" : " (embedded, dev mode)") + ", " + settings
                + ", " + connections + " pooled connections";
    }

    @Override
    public void close() {
        try {
            Runtime.getRuntime().removeShutdownHook(onExit);
        } catch (IllegalStateException shuttingDown) {
            // the hook is running or about to
        }
        stop();
    }

    private synchronized void stop() {
        try {
            context.close();
        } finally {
            deleteTree(dataDir);
        }
    }

    /** Deletes a directory the benchmarks made, with everything in it. */
    public static void deleteTree(Path root) {
        if (!Files.exists(root)) {
            return;
        }
        try (Stream<Path> paths = Files.walk(root)) {
            paths.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
        } catch (IOException e) {
            System.err.println("could not delete " + root + ": " + e.getMessage());
        }
    }
}
