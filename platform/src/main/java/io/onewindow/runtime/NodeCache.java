package io.onewindow.runtime;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What one node keeps of a table between requests, by key, and forgets as soon as the database says a row changed
 * ({@link NodeCaches}). A value is kept only while the node is sure to hear of changes: when its listening connection
 * is down, every read goes to the database.
 *
 * <p>A read that raced a change never keeps what it read before the change: every eviction moves the cache's
 * generation on, and a value read while the generation moved is dropped again.
 */
public final class NodeCache<V> {

    private final Cache<String, V> kept;
    private final BooleanSupplier listening;
    private final AtomicLong generation = new AtomicLong();

    NodeCache(long maximumSize, Duration timeToLive, BooleanSupplier listening) {
        this.kept = Caffeine.newBuilder().maximumSize(maximumSize).expireAfterWrite(timeToLive).build();
        this.listening = listening;
    }

    /**
     * The value kept for the key, or what {@code read} reads from the database (kept for the next request when it is
     * not null and nothing changed meanwhile).
     */
    public V get(String key, Supplier<V> read) {
        if (!listening.getAsBoolean()) {
            return read.get();
        }
        V value = kept.getIfPresent(key);
        if (value != null) {
            return value;
        }
        long before = generation.get();
        value = read.get();
        if (value != null) {
            kept.put(key, value);
            if (generation.get() != before) {
                kept.asMap().remove(key, value);
            }
        }
        return value;
    }

    /** Forgets the key on this node now (other nodes hear of the change from the database). */
    public void evict(String key) {
        generation.incrementAndGet();
        kept.invalidate(key);
    }

    /**
     * Forgets the key on this node when the current transaction commits (at once without one): the same person's
     * next request, which may come before the database's notice does, reads the change.
     */
    public void evictAfterCommit(String key) {
        if (!TransactionSynchronizationManager.isSynchronizationActive()) {
            evict(key);
            return;
        }
        TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
            @Override
            public void afterCompletion(int status) {
                evict(key);
            }
        });
    }

    void evictAll() {
        generation.incrementAndGet();
        kept.invalidateAll();
    }

    /** How many values are kept now. */
    public long size() {
        kept.cleanUp();
        return kept.estimatedSize();
    }
}
