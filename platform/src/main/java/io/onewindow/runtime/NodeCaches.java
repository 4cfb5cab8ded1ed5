package io.onewindow.runtime;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.jdbc.autoconfigure.JdbcConnectionDetails;
import org.springframework.context.SmartLifecycle;
import org.springframework.stereotype.Component;

/**
 * The caches a node keeps of the database ({@link NodeCache}), and how every node forgets a changed row at once: a
 * table whose rows a node keeps has a trigger that tells {@code pg_notify('onewindow_cache', '<cache>:<key>')} in the
 * changing transaction, PostgreSQL delivers the notice to every node when that transaction commits, and each node's
 * listening connection evicts the key ({@code *} evicts every key of the cache). Nodes stay interchangeable: any node
 * serves any request, and one that has just started, or lost its connection, reads everything from the database.
 *
 * <p>A node keeps nothing unless it is sure to hear of changes: from a moment before its listening connection was last
 * confirmed alive (a round trip every {@link #HEARTBEAT}), for at most {@link #TRUSTED} after it. When the connection
 * fails or stalls, the caches are emptied and bypassed until a new connection listens again.
 */
@Component
public class NodeCaches implements SmartLifecycle {

    /** The channel the tables' triggers notify. */
    public static final String CHANNEL = "onewindow_cache";
    static final Duration HEARTBEAT = Duration.ofSeconds(1);
    static final Duration TRUSTED = Duration.ofSeconds(3);
    private static final Duration RETRY = Duration.ofSeconds(1);
    private static final Logger log = LoggerFactory.getLogger(NodeCaches.class);

    private final JdbcConnectionDetails database;
    private final Map<String, NodeCache<?>> caches = new ConcurrentHashMap<>();
    /** When a round trip on the listening connection last began and then completed, all notices before it read. */
    private volatile long confirmedAt = Long.MIN_VALUE;
    private volatile boolean listening;
    private volatile boolean running;
    private volatile Connection connection;
    private Thread listener;

    NodeCaches(JdbcConnectionDetails database) {
        this.database = database;
    }

    /** The node's cache of this name, made on first use: at most {@code maximumSize} values, none older than {@code timeToLive}. */
    @SuppressWarnings("unchecked")
    public <V> NodeCache<V> cache(String name, long maximumSize, Duration timeToLive) {
        if (name.contains(":")) {
            throw new IllegalArgumentException("A cache's name has no colon: " + name);
        }
        return (NodeCache<V>) caches.computeIfAbsent(name, n -> new NodeCache<V>(maximumSize, timeToLive, this::listening));
    }

    /** Whether this node is sure to have heard of every change committed until a moment ago. */
    public boolean listening() {
        return listening && System.nanoTime() - confirmedAt < TRUSTED.toNanos();
    }

    @Override
    public synchronized void start() {
        running = true;
        listener = new Thread(this::listen, "node-cache-listener");
        listener.setDaemon(true);
        listener.start();
    }

    @Override
    public void stop() {
        Thread thread;
        synchronized (this) {
            running = false;
            thread = listener;
        }
        closeQuietly(connection);
        if (thread != null) {
            thread.interrupt();
            try {
                thread.join(RETRY.toMillis() * 2);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** Before the web server starts taking requests, after the pool (a bean it depends on) exists. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 2048;
    }

    private void listen() {
        while (running) {
            try (Connection listening = connect()) {
                connection = listening;
                try (Statement statement = listening.createStatement()) {
                    statement.execute("listen " + CHANNEL);
                }
                PGConnection notices = listening.unwrap(PGConnection.class);
                // Whatever was kept before this connection listened may have changed unheard.
                evictEverything();
                confirm(listening, notices);
                this.listening = true;
                log.info("Node caches: listening on {}", CHANNEL);
                long nextHeartbeat = System.nanoTime() + HEARTBEAT.toNanos();
                while (running) {
                    dispatch(notices.getNotifications((int) HEARTBEAT.toMillis() / 4));
                    if (System.nanoTime() >= nextHeartbeat) {
                        confirm(listening, notices);
                        nextHeartbeat = System.nanoTime() + HEARTBEAT.toNanos();
                    }
                }
            } catch (SQLException | RuntimeException e) {
                if (running) {
                    log.warn("Node caches: not listening, every read goes to the database until listening again ({})", e.toString());
                }
            } finally {
                this.listening = false;
                connection = null;
                evictEverything();
            }
            if (running) {
                pause();
            }
        }
    }

    /** A round trip, then the notices that came with it: every change committed before it began has been heard. */
    private void confirm(Connection listening, PGConnection notices) throws SQLException {
        long began = System.nanoTime();
        try (Statement statement = listening.createStatement()) {
            statement.execute("select 1");
        }
        dispatch(notices.getNotifications());
        confirmedAt = began;
    }

    void dispatch(PGNotification[] notices) {
        if (notices == null) {
            return;
        }
        for (PGNotification notice : notices) {
            evict(notice.getParameter());
        }
    }

    /** Acts on one notice, {@code <cache>:<key>} or {@code <cache>:*}. */
    void evict(String notice) {
        int colon = notice.indexOf(':');
        if (colon < 0) {
            return;
        }
        NodeCache<?> cache = caches.get(notice.substring(0, colon));
        if (cache == null) {
            return;
        }
        String key = notice.substring(colon + 1);
        if (key.equals("*")) {
            cache.evictAll();
        } else {
            cache.evict(key);
        }
    }

    private void evictEverything() {
        caches.values().forEach(NodeCache::evictAll);
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        if (database.getUsername() != null) {
            properties.setProperty("user", database.getUsername());
        }
        if (database.getPassword() != null) {
            properties.setProperty("password", database.getPassword());
        }
        properties.setProperty("ApplicationName", "onewindow node caches");
        // A round trip that takes longer than the caches are trusted fails, and the connection is made anew.
        properties.setProperty("socketTimeout", String.valueOf(TRUSTED.toSeconds() + 2));
        properties.setProperty("connectTimeout", String.valueOf(TRUSTED.toSeconds() + 2));
        properties.setProperty("tcpKeepAlive", "true");
        Connection connection = DriverManager.getConnection(database.getJdbcUrl(), properties);
        connection.setAutoCommit(true);
        return connection;
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void closeQuietly(Connection connection) {
        if (connection != null) {
            try {
                connection.close();
            } catch (SQLException ignored) {
                // the listener makes a new one or has stopped
            }
        }
    }
}
