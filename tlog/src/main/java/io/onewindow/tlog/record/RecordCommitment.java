package io.onewindow.tlog.record;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;

/**
 * The log entry for a private record: {@code SHA-256("onewindow/audit-record/v1" || 0x00 || salt ||
 * JCS(record))}. The 32-byte random salt makes the commitment hiding: nobody can confirm a guess of a
 * record's contents (say, whether a given citizen's data was read on a given day) from the public log.
 */
public final class RecordCommitment {

    public static final String DOMAIN = "onewindow/audit-record/v1";
    public static final int SALT_SIZE = 32;
    // One generator per thread: a shared SecureRandom serialises every caller on its lock.
    private static final ThreadLocal<SecureRandom> RANDOM = ThreadLocal.withInitial(RecordCommitment::generator);
    // A digest per thread too: looking one up among the security providers cost more than hashing a record.
    private static final ThreadLocal<MessageDigest> DIGEST = ThreadLocal.withInitial(RecordCommitment::sha256);
    private static final byte[] DOMAIN_BYTES = DOMAIN.getBytes(StandardCharsets.US_ASCII);

    private RecordCommitment() {
    }

    public static byte[] newSalt() {
        byte[] salt = new byte[SALT_SIZE];
        RANDOM.get().nextBytes(salt);
        return salt;
    }

    private static SecureRandom generator() {
        try {
            return SecureRandom.getInstance("DRBG");
        } catch (NoSuchAlgorithmException e) {
            return new SecureRandom();
        }
    }

    /** The commitment to a record given as a JSON value (see {@link CanonicalJson}). */
    public static byte[] of(byte[] salt, Object record) {
        return ofCanonical(salt, CanonicalJson.bytes(record));
    }

    /** The commitment to a record already in canonical form. */
    public static byte[] ofCanonical(byte[] salt, byte[] canonicalRecord) {
        if (salt.length != SALT_SIZE) {
            throw new IllegalArgumentException("the salt has " + SALT_SIZE + " bytes, not " + salt.length);
        }
        // digest() leaves the thread's digest reset for its next use.
        MessageDigest digest = DIGEST.get();
        digest.update(DOMAIN_BYTES);
        digest.update((byte) 0);
        digest.update(salt);
        digest.update(canonicalRecord);
        return digest.digest();
    }

    private static MessageDigest sha256() {
        try {
            return MessageDigest.getInstance("SHA-256");
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing from this JVM", e);
        }
    }
}
