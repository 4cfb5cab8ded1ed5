package io.onewindow.tlog.note;

import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;

/**
 * One signature line of a signed note: {@code — <key name> base64(key ID || signature)}.
 *
 * @param keyName   the signing key's name
 * @param keyId     the signing key's 32-bit ID
 * @param signature the signature bytes, without the key ID
 */
public record NoteSignature(String keyName, int keyId, byte[] signature) {

    public NoteSignature {
        if (!NoteSyntax.isValidKeyName(keyName)) {
            throw new IllegalArgumentException("a key name is non-empty and has no spaces or plus: '" + keyName + "'");
        }
        if (signature.length == 0) {
            throw new IllegalArgumentException("a signature is not empty");
        }
        signature = signature.clone();
    }

    @Override
    public byte[] signature() {
        return signature.clone();
    }

    /** The signature line, with its final newline. */
    public String line() {
        byte[] idAndSignature = ByteBuffer.allocate(4 + signature.length).putInt(keyId).put(signature).array();
        return "\u2014 " + keyName + " " + Base64.getEncoder().encodeToString(idAndSignature) + "\n";
    }

    boolean sameKey(String name, int id) {
        return keyName.equals(name) && keyId == id;
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof NoteSignature that && keyName.equals(that.keyName) && keyId == that.keyId
                && Arrays.equals(signature, that.signature);
    }

    @Override
    public int hashCode() {
        return (keyName.hashCode() * 31 + keyId) * 31 + Arrays.hashCode(signature);
    }

    @Override
    public String toString() {
        return keyName + "+" + NoteKeyId.hex(keyId);
    }
}
