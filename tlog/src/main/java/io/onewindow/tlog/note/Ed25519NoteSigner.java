package io.onewindow.tlog.note;

import java.security.GeneralSecurityException;
import java.security.PrivateKey;
import java.security.SecureRandom;
import java.security.Signature;
import java.util.Arrays;

/**
 * Signs notes with Ed25519 (signature type 0x01 of C2SP signed-note, RFC 8032) using the JDK's built-in
 * {@code Ed25519}. Ed25519 signatures are deterministic: the same key and text give the same signature.
 */
public final class Ed25519NoteSigner implements NoteSigner {

    private final String keyName;
    private final PrivateKey privateKey;
    private final VerifierKey verifierKey;
    private final SignerKey signerKey;

    private Ed25519NoteSigner(String keyName, byte[] seed) throws GeneralSecurityException {
        this.keyName = keyName;
        this.privateKey = Ed25519Keys.privateKey(seed);
        byte[] typedPublic = typed(Ed25519Keys.publicKeyFromSeed(seed));
        this.verifierKey = VerifierKey.of(keyName, typedPublic);
        this.signerKey = new SignerKey(keyName, verifierKey.keyId(), typed(seed));
    }

    /**
     * A signer from a signer key string's parts.
     *
     * @throws IllegalArgumentException when the key is not Ed25519, is not a 32-byte seed, or its key ID
     *                                  is not that of its public key
     */
    public static Ed25519NoteSigner fromKey(SignerKey key) {
        byte[] typed = key.typedPrivateKey();
        if (typed[0] != VerifierKey.TYPE_ED25519) {
            throw new IllegalArgumentException("not an Ed25519 key: signature type " + (typed[0] & 0xFF));
        }
        if (typed.length != 1 + Ed25519Keys.SEED_SIZE) {
            throw new IllegalArgumentException("an Ed25519 private key is a " + Ed25519Keys.SEED_SIZE + "-byte seed");
        }
        Ed25519NoteSigner signer = fromSeed(key.keyName(), Arrays.copyOfRange(typed, 1, typed.length));
        if (signer.keyId() != key.keyId()) {
            throw new IllegalArgumentException("key ID " + NoteKeyId.hex(key.keyId()) + " does not belong to key " + key.keyName());
        }
        return signer;
    }

    /** A signer from a signer key string. */
    public static Ed25519NoteSigner parse(String signerKey) {
        return fromKey(SignerKey.parse(signerKey));
    }

    /** A signer from a 32-byte RFC 8032 seed. */
    public static Ed25519NoteSigner fromSeed(String keyName, byte[] seed) {
        if (seed.length != Ed25519Keys.SEED_SIZE) {
            throw new IllegalArgumentException("an Ed25519 seed has " + Ed25519Keys.SEED_SIZE + " bytes");
        }
        if (!NoteSyntax.isValidKeyName(keyName)) {
            throw new IllegalArgumentException("a key name is non-empty and has no spaces or plus: '" + keyName + "'");
        }
        try {
            return new Ed25519NoteSigner(keyName, seed);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("the JDK's Ed25519 is not available", e);
        }
    }

    /** A signer with a new random key. */
    public static Ed25519NoteSigner generate(String keyName, SecureRandom random) {
        byte[] seed = new byte[Ed25519Keys.SEED_SIZE];
        random.nextBytes(seed);
        return fromSeed(keyName, seed);
    }

    @Override
    public String keyName() {
        return keyName;
    }

    @Override
    public int keyId() {
        return verifierKey.keyId();
    }

    /** The public half, as a verifier key string would give it. */
    public VerifierKey verifierKey() {
        return verifierKey;
    }

    /** The private key as a signer key string would give it: keep it secret. */
    public SignerKey signerKey() {
        return signerKey;
    }

    /** A verifier for this signer's public key. */
    public Ed25519NoteVerifier verifier() {
        return Ed25519NoteVerifier.fromKey(verifierKey);
    }

    @Override
    public byte[] sign(byte[] text) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("Ed25519");
        signature.initSign(privateKey);
        signature.update(text);
        return signature.sign();
    }

    private static byte[] typed(byte[] key) {
        byte[] typed = new byte[1 + key.length];
        typed[0] = VerifierKey.TYPE_ED25519;
        System.arraycopy(key, 0, typed, 1, key.length);
        return typed;
    }

    @Override
    public String toString() {
        return "Ed25519NoteSigner[" + verifierKey.format() + "]";
    }
}
