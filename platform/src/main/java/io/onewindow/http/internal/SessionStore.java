package io.onewindow.http.internal;

import io.onewindow.runtime.NodeCache;
import io.onewindow.runtime.NodeCaches;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.core.convert.converter.Converter;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.MapSession;
import org.springframework.session.Session;

/**
 * The sessions in PostgreSQL (Spring Session JDBC's store), read through the node's cache and written through as
 * before.
 *
 * <p><b>Kept on the node.</b> A signed-in request reads its session, and reading it from PostgreSQL was half of what
 * a signed-in request for a stylesheet cost (docs/benchmarks.md). A session read once is kept in the node's cache
 * ({@link NodeCaches}) as its stored row and attributes' bytes, and given to each request as a view of its own; the
 * first change a request makes to it reads the stored session and changes that, as Spring Session would have. The
 * tables' trigger ({@code V4__node_cache_notices.sql}) tells every node when a session is changed or deleted, on
 * any node, by anything; this node forgets a session it has itself saved or deleted before the request ends.
 *
 * <p><b>Last access.</b> Spring Session writes the time of every request of a signed-in session to its row (an update
 * and a commit per page, a third of a workbench page's database work), although only the session's idle timeout reads
 * it. Here a session's last access moves at most once a {@link #INTERVAL}: a request that changes no attribute writes
 * nothing, and a session idle for its whole timeout ends at most a minute early.
 *
 * <p><b>Saved in this request.</b> Spring Session commits a request's session twice, when the response is committed and
 * when its filter ends, and the second commit reads the session back from the store only to learn its ID again. The
 * session a request has just saved is given back to that request without reading it; {@link #endOfRequest()} forgets
 * it, so that no other request, on this thread or another, sees it.
 */
final class SessionStore implements FindByIndexNameSessionRepository<SessionStore.Touched>, DisposableBean {

    static final Duration INTERVAL = Duration.ofMinutes(1);
    /** Sessions kept at most (a few kilobytes each), and for how long at most without a notice. */
    static final int KEPT = 20_000;
    static final Duration KEPT_FOR = Duration.ofMinutes(1);

    private static final String READ = """
            select s.primary_id, s.creation_time, s.last_access_time, s.max_inactive_interval, a.attribute_name, a.attribute_bytes
            from spring_session s left join spring_session_attributes a on a.session_primary_id = s.primary_id
            where s.session_id = ?""";

    private final FindByIndexNameSessionRepository<Session> store;
    private final NodeCache<Stored> kept;
    private final JdbcClient jdbc;
    private final Converter<byte[], Object> reads;
    /** The session this thread's request saved last, until the request ends. */
    private final ThreadLocal<Touched> savedInThisRequest = new ThreadLocal<>();

    @SuppressWarnings("unchecked")
    SessionStore(FindByIndexNameSessionRepository<? extends Session> store, NodeCaches caches, JdbcClient jdbc,
                 Converter<byte[], Object> reads) {
        this.store = (FindByIndexNameSessionRepository<Session>) store;
        this.kept = caches.cache("session", KEPT, KEPT_FOR);
        this.jdbc = jdbc;
        this.reads = reads;
    }

    @Override
    public Touched createSession() {
        return new Touched(store.createSession());
    }

    @Override
    public void save(Touched session) {
        if (session.changed != null && !session.detached) {
            store.save(session.changed);
            kept.evict(session.changed.getId());
            if (session.read != null) {
                kept.evict(session.read.id()); // its ID may have changed
            }
        }
        savedInThisRequest.set(session);
    }

    @Override
    public Touched findById(String id) {
        Touched saved = savedInThisRequest.get();
        if (saved != null && saved.getId().equals(id)) {
            return saved;
        }
        Stored stored = kept.get(id, () -> read(id));
        if (stored == null) {
            return null;
        }
        if (stored.expired(Instant.now())) {
            // Expired as this node last read it: the store reads it again, and deletes it if it is.
            kept.evict(id);
            Session found = SessionTransactions.withoutTransaction(() -> store.findById(id));
            return found == null ? null : new Touched(found);
        }
        return new Touched(stored);
    }

    @Override
    public void deleteById(String id) {
        savedInThisRequest.remove();
        store.deleteById(id);
        kept.evict(id);
    }

    /** Called when a request ends, after its session was committed. */
    void endOfRequest() {
        savedInThisRequest.remove();
    }

    @Override
    public Map<String, Touched> findByIndexNameAndIndexValue(String indexName, String indexValue) {
        return store.findByIndexNameAndIndexValue(indexName, indexValue).entrySet().stream()
                .collect(Collectors.toMap(Map.Entry::getKey, e -> new Touched(e.getValue())));
    }

    // The store's expired-session cleanup runs on a scheduler of its own, which must stop with the application.
    @Override
    public void destroy() throws Exception {
        if (store instanceof DisposableBean disposable) {
            disposable.destroy();
        }
    }

    private Stored read(String id) {
        return jdbc.sql(READ).param(id).query(rows -> {
            if (!rows.next()) {
                return Optional.<Stored>empty();
            }
            Instant created = Instant.ofEpochMilli(rows.getLong(2));
            Instant lastAccessed = Instant.ofEpochMilli(rows.getLong(3));
            Duration maxInactive = Duration.ofSeconds(rows.getInt(4));
            Map<String, byte[]> attributes = new HashMap<>();
            do {
                String name = rows.getString(5);
                if (name != null) {
                    attributes.put(name, rows.getBytes(6));
                }
            } while (rows.next());
            return Optional.of(new Stored(id, created, lastAccessed, maxInactive, Collections.unmodifiableMap(attributes)));
        }).orElse(null);
    }

    private MapSession copy(Stored read) {
        MapSession copy = new MapSession(read.id());
        copy.setCreationTime(read.created());
        copy.setLastAccessedTime(read.lastAccessed());
        copy.setMaxInactiveInterval(read.maxInactive());
        read.attributes().forEach((name, bytes) -> copy.setAttribute(name, reads.convert(bytes)));
        return copy;
    }

    /** A session as stored: never changed once read, shared by the requests that read it. */
    record Stored(String id, Instant created, Instant lastAccessed, Duration maxInactive, Map<String, byte[]> attributes) {

        boolean expired(Instant now) {
            return !maxInactive.isNegative() && !now.isBefore(lastAccessed.plus(maxInactive));
        }
    }

    /**
     * A request's session: a view of the stored session the node keeps until the request changes something, then the
     * store's own session, read then and changed; a new session is the store's from the start. Its last access moves
     * only when the stored one is a minute old or more.
     */
    final class Touched implements Session {

        /** What the request read, when it came from the store's rows; null for a new session. */
        private final Stored read;
        /** Attributes this request has read from {@link #read}, each read once. */
        private final Map<String, Object> readAttributes = new HashMap<>();
        /** The store's session, once the request changes something (or from the start for a new one). */
        private Session changed;
        /** Whether the session was deleted while the request changed it: the request goes on with it, nothing is saved. */
        private boolean detached;

        Touched(Stored read) {
            this.read = read;
        }

        Touched(Session stored) {
            this.read = null;
            this.changed = stored;
        }

        /**
         * The store's session, read when the request first changes the session; a session deleted meanwhile is changed
         * in this request only, and saved nowhere.
         */
        private Session changing() {
            if (changed == null) {
                Session found = SessionTransactions.withoutTransaction(() -> store.findById(read.id()));
                detached = found == null;
                changed = found != null ? found : copy(read);
            }
            return changed;
        }

        @Override
        public void setLastAccessedTime(Instant time) {
            if (Duration.between(getLastAccessedTime(), time).compareTo(INTERVAL) >= 0) {
                changing().setLastAccessedTime(time);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return changed != null ? changed.getLastAccessedTime() : read.lastAccessed();
        }

        @Override
        public String getId() {
            return changed != null ? changed.getId() : read.id();
        }

        @Override
        public String changeSessionId() {
            return changing().changeSessionId();
        }

        @Override
        @SuppressWarnings("unchecked")
        public <T> T getAttribute(String name) {
            if (changed != null) {
                return changed.getAttribute(name);
            }
            return (T) readAttributes.computeIfAbsent(name, n -> {
                byte[] bytes = read.attributes().get(n);
                return bytes == null ? null : reads.convert(bytes);
            });
        }

        @Override
        public Set<String> getAttributeNames() {
            return changed != null ? changed.getAttributeNames() : read.attributes().keySet();
        }

        @Override
        public void setAttribute(String name, Object value) {
            changing().setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            changing().removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return changed != null ? changed.getCreationTime() : read.created();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            changing().setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return changed != null ? changed.getMaxInactiveInterval() : read.maxInactive();
        }

        @Override
        public boolean isExpired() {
            return changed != null ? changed.isExpired() : read.expired(Instant.now());
        }
    }
}
