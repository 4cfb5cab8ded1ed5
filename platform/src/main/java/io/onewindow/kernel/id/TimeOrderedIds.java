package io.onewindow.kernel.id;

import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.UUID;

/**
 * Identifiers of rows written in great numbers (audited actions, applications, cases) as RFC 9562 version 7
 * UUIDs: 48 bits of Unix milliseconds, then 74 random bits. Ordered by time, so that a table's primary key
 * grows at its end rather than touching a random page of the index for every row (and PostgreSQL writing
 * that whole page to its log after each checkpoint); random enough (from a cryptographic generator) that an
 * id, a receipt's say, cannot be guessed from another's. They show when they were made, which is no secret of
 * any of these rows.
 */
public final class TimeOrderedIds {

    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(TimeOrderedIds::generator);

    private TimeOrderedIds() {
    }

    public static UUID next(Instant at) {
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
