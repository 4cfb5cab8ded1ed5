package io.onewindow.identity.internal;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.UUID;

/**
 * Six-digit one-time codes sent by text message. Only a hash is stored, salted with the id of what the code
 * is for; a code is compared in constant time, and the callers limit the attempts.
 */
final class OneTimeCodes {

    static final int MAX_ATTEMPTS = 5;
    private static final SecureRandom RANDOM = new SecureRandom();

    private OneTimeCodes() {
    }

    static String newCode() {
        return String.format("%06d", RANDOM.nextInt(1_000_000));
    }

    static byte[] hash(UUID purposeId, String code) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(ByteBuffer.allocate(16).putLong(purposeId.getMostSignificantBits()).putLong(purposeId.getLeastSignificantBits()).array());
            digest.update(code.strip().getBytes(StandardCharsets.UTF_8));
            return digest.digest();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    /** Whether the typed code is the one whose hash was stored; false when no code was sent. */
    static boolean matches(byte[] storedHash, UUID purposeId, String typed) {
        return storedHash != null && typed != null && typed.strip().matches("\\d{6}")
                && MessageDigest.isEqual(storedHash, hash(purposeId, typed));
    }
}
