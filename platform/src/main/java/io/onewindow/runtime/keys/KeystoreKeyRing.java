package io.onewindow.runtime.keys;

import io.onewindow.kernel.crypto.BouncyCastle;
import io.onewindow.kernel.crypto.KeyPurpose;
import io.onewindow.kernel.crypto.KeyRing;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.PublicKey;
import java.security.cert.X509Certificate;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.EnumMap;
import java.util.Map;
import java.util.Optional;

/**
 * Signing keys read from a PKCS#12 keystore, one alias per {@link KeyPurpose}. BouncyCastle reads the
 * keystore because the JDK cannot parse SM2 keys; Ed25519 keys are handed out as JDK keys.
 */
public final class KeystoreKeyRing implements KeyRing {

    /** Marks keys generated for development, which production mode refuses. */
    static final String GENERATED_MARKER = "OU=GENERATED FOR DEVELOPMENT - NOT FOR PRODUCTION";

    private final Map<KeyPurpose, KeyPair> keys;
    private final boolean generated;

    private KeystoreKeyRing(Map<KeyPurpose, KeyPair> keys, boolean generated) {
        this.keys = keys;
        this.generated = generated;
    }

    public static KeystoreKeyRing load(Path keystore, char[] password) {
        try (InputStream in = Files.newInputStream(keystore)) {
            KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.provider());
            store.load(in, password);
            Map<KeyPurpose, KeyPair> keys = new EnumMap<>(KeyPurpose.class);
            boolean generated = false;
            for (KeyPurpose purpose : KeyPurpose.values()) {
                if (!store.isKeyEntry(purpose.alias())) {
                    continue;
                }
                PrivateKey privateKey = (PrivateKey) store.getKey(purpose.alias(), password);
                X509Certificate certificate = (X509Certificate) store.getCertificate(purpose.alias());
                generated |= certificate.getSubjectX500Principal().getName().contains(GENERATED_MARKER.substring(3));
                keys.put(purpose, jdkKeys(privateKey, certificate.getPublicKey()));
            }
            return new KeystoreKeyRing(keys, generated);
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read the keystore " + keystore.toAbsolutePath() + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<KeyPair> find(KeyPurpose purpose) {
        return Optional.ofNullable(keys.get(purpose));
    }

    /** Whether any key in the keystore was generated for development. */
    public boolean generated() {
        return generated;
    }

    // Ed25519 keys come out of the BouncyCastle keystore as BouncyCastle objects; re-encode them so that the
    // JDK's own Ed25519 (used by the tlog library) signs with them.
    private static KeyPair jdkKeys(PrivateKey privateKey, PublicKey publicKey) throws GeneralSecurityException {
        String algorithm = privateKey.getAlgorithm();
        if (!algorithm.equals("Ed25519") && !algorithm.equals("EdDSA")) {
            return new KeyPair(publicKey, privateKey);
        }
        KeyFactory factory = KeyFactory.getInstance("Ed25519");
        return new KeyPair(
                factory.generatePublic(new X509EncodedKeySpec(publicKey.getEncoded())),
                factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey.getEncoded())));
    }
}
