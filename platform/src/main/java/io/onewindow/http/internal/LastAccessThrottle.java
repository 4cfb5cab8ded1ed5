package io.onewindow.http.internal;

import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;

/**
 * The session store, recording a session's last access at most once a {@link #INTERVAL}: Spring Session
 * writes the time of every request of a signed-in session to its row (an update and a commit per page, a
 * third of a workbench page's database work), although only the session's idle timeout reads it. With
 * this, a request that changes no attribute writes nothing, and a session idle for its whole timeout ends
 * at most a minute early. Attributes (sign-in, CSRF token, locale) are written as before.
 *
 * <p>Spring Session commits a request's session twice, when the response is committed and when its filter
 * ends, and the second commit reads the session back from the store only to learn its ID again: a second
 * read of the session and its attributes on every signed-in request. The session a request has just saved
 * is therefore what the store would give back to that request, and is given back without reading it;
 * {@link #endOfRequest()} forgets it, so that no other request, on this thread or another, sees it.
 */
final class LastAccessThrottle implements FindByIndexNameSessionRepository<LastAccessThrottle.Touched>, DisposableBean {

    static final Duration INTERVAL = Duration.ofMinutes(1);

    private final FindByIndexNameSessionRepository<Session> store;
    /** The session this thread's request saved last, until the request ends. */
    private final ThreadLocal<Touched> savedInThisRequest = new ThreadLocal<>();

    @SuppressWarnings("unchecked")
    LastAccessThrottle(FindByIndexNameSessionRepository<? extends Session> store) {
        this.store = (FindByIndexNameSessionRepository<Session>) store;
    }

    @Override
    public Touched createSession() {
        return new Touched(store.createSession());
    }

    @Override
    public void save(Touched session) {
        store.save(session.stored);
        savedInThisRequest.set(session);
    }

    @Override
    public Touched findById(String id) {
        Touched saved = savedInThisRequest.get();
        if (saved != null && saved.getId().equals(id)) {
            return saved;
        }
        Session found = SessionTransactions.withoutTransaction(() -> store.findById(id));
        return found == null ? null : new Touched(found);
    }

    @Override
    public void deleteById(String id) {
        savedInThisRequest.remove();
        store.deleteById(id);
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

    /** A stored session whose last access moves only when the stored one is a minute old or more. */
    static final class Touched implements Session {

        private final Session stored;

        Touched(Session stored) {
            this.stored = stored;
        }

        @Override
        public void setLastAccessedTime(Instant time) {
            if (Duration.between(stored.getLastAccessedTime(), time).compareTo(INTERVAL) >= 0) {
                stored.setLastAccessedTime(time);
            }
        }

        @Override
        public Instant getLastAccessedTime() {
            return stored.getLastAccessedTime();
        }

        @Override
        public String getId() {
            return stored.getId();
        }

        @Override
        public String changeSessionId() {
            return stored.changeSessionId();
        }

        @Override
        public <T> T getAttribute(String name) {
            return stored.getAttribute(name);
        }

        @Override
        public Set<String> getAttributeNames() {
            return stored.getAttributeNames();
        }

        @Override
        public void setAttribute(String name, Object value) {
            stored.setAttribute(name, value);
        }

        @Override
        public void removeAttribute(String name) {
            stored.removeAttribute(name);
        }

        @Override
        public Instant getCreationTime() {
            return stored.getCreationTime();
        }

        @Override
        public void setMaxInactiveInterval(Duration interval) {
            stored.setMaxInactiveInterval(interval);
        }

        @Override
        public Duration getMaxInactiveInterval() {
            return stored.getMaxInactiveInterval();
        }

        @Override
        public boolean isExpired() {
            return stored.isExpired();
        }
    }
}
