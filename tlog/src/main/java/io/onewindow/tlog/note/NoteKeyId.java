package io.onewindow.tlog.note;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;

/**
 * The recommended key ID of C2SP signed-note ("Signatures"): the first four bytes, big-endian, of
 * {@code SHA-256(key name || 0x0A || signature type || public key)}.
 */
public final class NoteKeyId {

    private NoteKeyId() {
    }

    /**
     * Computes the key ID from the key name and the typed public key: the signature type identifier
     * byte(s) followed by the public key encoding.
     */
    public static int compute(String keyName, byte[] typedPublicKey) {
        try {
            MessageDigest sha256 = MessageDigest.getInstance("SHA-256");
            sha256.update(keyName.getBytes(StandardCharsets.UTF_8));
            sha256.update((byte) '\n');
            byte[] hash = sha256.digest(typedPublicKey);
            return ((hash[0] & 0xFF) << 24) | ((hash[1] & 0xFF) << 16) | ((hash[2] & 0xFF) << 8) | (hash[3] & 0xFF);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java platform must provide SHA-256", e);
        }
    }

    /** The key ID as eight lowercase hex digits, as key strings write it. */
    public static String hex(int keyId) {
        return String.format("%08x", keyId);
    }
}
