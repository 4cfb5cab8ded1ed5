package io.onewindow.tlog.note;

import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPairGenerator;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.SecureRandom;
import java.security.SecureRandomSpi;
import java.security.Signature;
import java.security.spec.EdECPrivateKeySpec;
import java.security.spec.NamedParameterSpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Arrays;

/**
 * Conversions between raw RFC 8032 Ed25519 keys (32-byte seed, 32-byte public key) and the JDK's key
 * objects, with nothing but the JDK's own {@code Ed25519} provider.
 */
final class Ed25519Keys {

    static final int SEED_SIZE = 32;
    static final int PUBLIC_KEY_SIZE = 32;

    // DER prefix of an Ed25519 SubjectPublicKeyInfo (RFC 8410 §4); the raw key follows it.
    private static final byte[] SPKI_PREFIX = {0x30, 0x2a, 0x30, 0x05, 0x06, 0x03, 0x2b, 0x65, 0x70, 0x03, 0x21, 0x00};

    private Ed25519Keys() {
    }

    static PrivateKey privateKey(byte[] seed) throws GeneralSecurityException {
        return KeyFactory.getInstance("Ed25519").generatePrivate(new EdECPrivateKeySpec(NamedParameterSpec.ED25519, seed));
    }

    static PublicKey publicKey(byte[] raw) throws GeneralSecurityException {
        byte[] encoded = Arrays.copyOf(SPKI_PREFIX, SPKI_PREFIX.length + raw.length);
        System.arraycopy(raw, 0, encoded, SPKI_PREFIX.length, raw.length);
        return KeyFactory.getInstance("Ed25519").generatePublic(new X509EncodedKeySpec(encoded));
    }

    static byte[] rawPublicKey(PublicKey key) {
        byte[] encoded = key.getEncoded();
        if (encoded.length != SPKI_PREFIX.length + PUBLIC_KEY_SIZE
                || !Arrays.equals(encoded, 0, SPKI_PREFIX.length, SPKI_PREFIX, 0, SPKI_PREFIX.length)) {
            throw new IllegalStateException("unexpected Ed25519 public key encoding");
        }
        return Arrays.copyOfRange(encoded, SPKI_PREFIX.length, encoded.length);
    }

    /**
     * Derives the public key of a seed. JDK 17 has no direct API for it, but its Ed25519 key pair generator
     * draws exactly the 32-byte seed from the random source it is given (RFC 8032 §5.1.5), so a source that
     * yields the seed makes it compute the public key. Signing and verifying a probe message proves the
     * pair belongs together, so a JDK that behaved otherwise fails here instead of producing a wrong key.
     */
    static byte[] publicKeyFromSeed(byte[] seed) throws GeneralSecurityException {
        KeyPairGenerator generator = KeyPairGenerator.getInstance("Ed25519");
        generator.initialize(NamedParameterSpec.ED25519, new SeedReplay(seed));
        byte[] publicKey = rawPublicKey(generator.generateKeyPair().getPublic());
        byte[] probe = {'p', 'r', 'o', 'b', 'e'};
        Signature signer = Signature.getInstance("Ed25519");
        signer.initSign(privateKey(seed));
        signer.update(probe);
        byte[] signature = signer.sign();
        Signature verifier = Signature.getInstance("Ed25519");
        verifier.initVerify(publicKey(publicKey));
        verifier.update(probe);
        if (!verifier.verify(signature)) {
            throw new GeneralSecurityException("could not derive the Ed25519 public key of a seed with this JDK");
        }
        return publicKey;
    }

    /** A random source that returns one given seed. */
    private static final class SeedReplay extends SecureRandom {
        private static final long serialVersionUID = 1L;

        SeedReplay(byte[] seed) {
            super(new ReplaySpi(seed), null);
        }
    }

    private static final class ReplaySpi extends SecureRandomSpi {
        private static final long serialVersionUID = 1L;
        private final byte[] seed;

        ReplaySpi(byte[] seed) {
            this.seed = seed.clone();
        }

        @Override
        protected void engineSetSeed(byte[] ignored) {
        }

        @Override
        protected void engineNextBytes(byte[] bytes) {
            if (bytes.length != seed.length) {
                throw new IllegalStateException("expected a request for " + seed.length + " bytes, got " + bytes.length);
            }
            System.arraycopy(seed, 0, bytes, 0, bytes.length);
        }

        @Override
        protected byte[] engineGenerateSeed(int length) {
            throw new UnsupportedOperationException("a replayed seed cannot generate new seeds");
        }
    }
}
