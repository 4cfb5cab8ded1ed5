package io.onewindow.tlog.note;

import java.util.Arrays;
import java.util.Base64;

/**
 * A signer key string, {@code PRIVATE+KEY+<name>+<hex key ID>+<base64(signature type || private key)>},
 * as Go's {@code note.GenerateKey} writes it. The key ID is that of the matching public key. For Ed25519
 * the private key is the 32-byte seed of RFC 8032.
 *
 * <p>{@link #toString()} does not reveal the private key; {@link #format()} does.
 *
 * @param keyName         the key name
 * @param keyId           the 32-bit key ID of the public key
 * @param typedPrivateKey the signature type identifier byte(s) followed by the private key
 */
public record SignerKey(String keyName, int keyId, byte[] typedPrivateKey) {

    private static final String PREFIX = "PRIVATE+KEY+";

    public SignerKey {
        if (!NoteSyntax.isValidKeyName(keyName)) {
            throw new IllegalArgumentException("a key name is non-empty and has no spaces or plus: '" + keyName + "'");
        }
        if (typedPrivateKey.length < 2) {
            throw new IllegalArgumentException("a key has a type and key material");
        }
        typedPrivateKey = typedPrivateKey.clone();
    }

    @Override
    public byte[] typedPrivateKey() {
        return typedPrivateKey.clone();
    }

    /** The first byte of the key material: its signature type. */
    public byte signatureType() {
        return typedPrivateKey[0];
    }

    /** The key string, private key included: keep it secret. */
    public String format() {
        return PREFIX + keyName + "+" + NoteKeyId.hex(keyId) + "+" + Base64.getEncoder().encodeToString(typedPrivateKey);
    }

    /**
     * Parses a signer key string, strictly.
     *
     * @throws IllegalArgumentException when the string is malformed
     */
    public static SignerKey parse(String key) {
        if (!key.startsWith(PREFIX)) {
            throw new IllegalArgumentException("a signer key starts with " + PREFIX);
        }
        String[] parts = KeyStringParts.split(key.substring(PREFIX.length()), "signer key");
        return new SignerKey(parts[0], KeyStringParts.parseKeyId(parts[1], "signer key"),
                KeyStringParts.parseKey(parts[2], "signer key"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof SignerKey that && keyName.equals(that.keyName) && keyId == that.keyId
                && Arrays.equals(typedPrivateKey, that.typedPrivateKey);
    }

    @Override
    public int hashCode() {
        return (keyName.hashCode() * 31 + keyId) * 31 + Arrays.hashCode(typedPrivateKey);
    }

    @Override
    public String toString() {
        return "SignerKey[" + keyName + "+" + NoteKeyId.hex(keyId) + "]";
    }
}
