package io.onewindow.audit.internal;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Identifiers of audited actions as RFC 9562 version 7 UUIDs: 48 bits of Unix milliseconds, then 74 random
 * bits. Ordered by time, so that the audit store's primary key grows at its end rather than touching a
 * random page for every action; random enough (from a cryptographic generator) that a receipt's id cannot be
 * guessed from another's.
 */
final class TimeOrderedIds {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(TimeOrderedIds::generator);

    private TimeOrderedIds() {
    }

    static UUID next(Instant at) {
        SecureRandom random = RANDOM.get();
        long high = (at.toEpochMilli() << 16) | 0x7000L | (random.nextInt() & 0x0FFFL);
        long low = (random.nextLong() & 0x3FFF_FFFF_FFFF_FFFFL) | 0x8000_0000_0000_0000L;
        return new UUID(high, low);
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }
}
