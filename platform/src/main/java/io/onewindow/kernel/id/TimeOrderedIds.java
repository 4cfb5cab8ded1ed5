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
        // One draw from the generator for both random parts: each draw costs the generator two hashes of its own.
        byte[] random = new byte[10];
        RANDOM.get().nextBytes(random);
        long high = (at.toEpochMilli() << 16) | 0x7000L | ((random[0] & 0x0FL) << 8) | (random[1] & 0xFFL);
        long low = 0x8000_0000_0000_0000L | ((random[2] & 0x3FL) << 56);
        for (int i = 3; i < 10; i++) {
            low |= (random[i] & 0xFFL) << (8 * (9 - i));
        }
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
