package io.onewindow.tlog.note;

import java.util.Arrays;
import java.util.Base64;

/**
 * A verifier key string, {@code <name>+<hex key ID>+<base64(signature type || public key)>}, the form Go's
 * {@code golang.org/x/mod/sumdb/note} and the transparency-log ecosystem use to configure trusted keys.
 *
 * <p>The key material is kept as it is, type byte(s) first, so that keys of algorithms this library does
 * not implement parse too and can be handed to an implementation elsewhere. Whether the key ID matches
 * the key is checked by the algorithm's verifier (for Ed25519, {@link Ed25519NoteVerifier#fromKey}), since
 * not every signature type derives its key ID the recommended way.
 *
 * @param keyName        the key name
 * @param keyId          the 32-bit key ID
 * @param typedPublicKey the signature type identifier byte(s) followed by the public key
 */
public record VerifierKey(String keyName, int keyId, byte[] typedPublicKey) {

    /** Signature type of Ed25519 (C2SP signed-note, "Signature types"). */
    public static final byte TYPE_ED25519 = 0x01;
    /**
     * The signature type for algorithms without an assigned byte; C2SP signed-note recommends following it
     * with a longer identifier that is unlikely to collide.
     */
    public static final byte TYPE_UNASSIGNED = (byte) 0xFF;

    public VerifierKey {
        if (!NoteSyntax.isValidKeyName(keyName)) {
            throw new IllegalArgumentException("a key name is non-empty and has no spaces or plus: '" + keyName + "'");
        }
        if (typedPublicKey.length < 2) {
            throw new IllegalArgumentException("a key has a type and key material");
        }
        typedPublicKey = typedPublicKey.clone();
    }

    /** A key whose ID is derived the recommended way from its name and typed public key. */
    public static VerifierKey of(String keyName, byte[] typedPublicKey) {
        return new VerifierKey(keyName, NoteKeyId.compute(keyName, typedPublicKey), typedPublicKey);
    }

    @Override
    public byte[] typedPublicKey() {
        return typedPublicKey.clone();
    }

    /** The first byte of the key material: its signature type. */
    public byte signatureType() {
        return typedPublicKey[0];
    }

    /** True when the key ID is the recommended hash of name and typed key. */
    public boolean hasRecommendedKeyId() {
        return keyId == NoteKeyId.compute(keyName, typedPublicKey);
    }

    /** The key string. */
    public String format() {
        return keyName + "+" + NoteKeyId.hex(keyId) + "+" + Base64.getEncoder().encodeToString(typedPublicKey);
    }

    /**
     * Parses a key string, strictly: eight lowercase hex digits, canonical padded base64.
     *
     * @throws IllegalArgumentException when the string is malformed
     */
    public static VerifierKey parse(String key) {
        String[] parts = KeyStringParts.split(key, "verifier key");
        return new VerifierKey(parts[0], KeyStringParts.parseKeyId(parts[1], "verifier key"),
                KeyStringParts.parseKey(parts[2], "verifier key"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof VerifierKey that && keyName.equals(that.keyName) && keyId == that.keyId
                && Arrays.equals(typedPublicKey, that.typedPublicKey);
    }

    @Override
    public int hashCode() {
        return (keyName.hashCode() * 31 + keyId) * 31 + Arrays.hashCode(typedPublicKey);
    }

    @Override
    public String toString() {
        return format();
    }
}
