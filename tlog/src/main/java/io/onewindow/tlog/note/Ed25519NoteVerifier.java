package io.onewindow.tlog.note;

import java.security.GeneralSecurityException;
import java.security.PublicKey;
import java.security.Signature;
import java.util.Arrays;

/**
 * Verifies Ed25519 note signatures (signature type 0x01 of C2SP signed-note) with the JDK's built-in
 * {@code Ed25519}.
 */
public final class Ed25519NoteVerifier implements NoteVerifier {

    private static final int SIGNATURE_SIZE = 64;

    private final String keyName;
    private final int keyId;
    private final PublicKey publicKey;
    private final VerifierKey verifierKey;

    private Ed25519NoteVerifier(VerifierKey key) throws GeneralSecurityException {
        this.keyName = key.keyName();
        this.keyId = key.keyId();
        this.verifierKey = key;
        byte[] typed = key.typedPublicKey();
        this.publicKey = Ed25519Keys.publicKey(Arrays.copyOfRange(typed, 1, typed.length));
    }

    /**
     * A verifier for an Ed25519 verifier key.
     *
     * @throws IllegalArgumentException when the key is not Ed25519, has the wrong length, or its key ID is
     *                                  not the one its name and key give
     */
    public static Ed25519NoteVerifier fromKey(VerifierKey key) {
        byte[] typed = key.typedPublicKey();
        if (typed[0] != VerifierKey.TYPE_ED25519) {
            throw new IllegalArgumentException("not an Ed25519 key: signature type " + (typed[0] & 0xFF));
        }
        if (typed.length != 1 + Ed25519Keys.PUBLIC_KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 public key has " + Ed25519Keys.PUBLIC_KEY_SIZE + " bytes");
        }
        if (!key.hasRecommendedKeyId()) {
            throw new IllegalArgumentException("key ID " + NoteKeyId.hex(key.keyId()) + " does not belong to key " + key.keyName());
        }
        try {
            return new Ed25519NoteVerifier(key);
        } catch (GeneralSecurityException e) {
            throw new IllegalArgumentException("not a valid Ed25519 public key", e);
        }
    }

    /** A verifier for a verifier key string. */
    public static Ed25519NoteVerifier parse(String verifierKey) {
        return fromKey(VerifierKey.parse(verifierKey));
    }

    /** A verifier for a raw 32-byte public key, with the recommended key ID. */
    public static Ed25519NoteVerifier of(String keyName, byte[] publicKey) {
        if (publicKey.length != Ed25519Keys.PUBLIC_KEY_SIZE) {
            throw new IllegalArgumentException("an Ed25519 public key has " + Ed25519Keys.PUBLIC_KEY_SIZE + " bytes");
        }
        byte[] typed = new byte[1 + publicKey.length];
        typed[0] = VerifierKey.TYPE_ED25519;
        System.arraycopy(publicKey, 0, typed, 1, publicKey.length);
        return fromKey(VerifierKey.of(keyName, typed));
    }

    @Override
    public String keyName() {
        return keyName;
    }

    @Override
    public int keyId() {
        return keyId;
    }

    /** The key string of this verifier. */
    public VerifierKey verifierKey() {
        return verifierKey;
    }

    @Override
    public boolean verify(byte[] text, byte[] signature) {
        if (signature.length != SIGNATURE_SIZE) {
            return false;
        }
        try {
            Signature verifier = Signature.getInstance("Ed25519");
            verifier.initVerify(publicKey);
            verifier.update(text);
            return verifier.verify(signature);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    @Override
    public String toString() {
        return verifierKey.format();
    }
}
