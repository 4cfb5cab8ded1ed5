package io.onewindow.runtime.keys;

import io.onewindow.kernel.crypto.BouncyCastle;
import io.onewindow.kernel.crypto.KeyPurpose;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigInteger;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.KeyStore;
import java.security.SecureRandom;
import java.security.cert.Certificate;
import java.security.cert.X509Certificate;
import java.security.spec.ECGenParameterSpec;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.cert.jcajce.JcaX509CertificateConverter;
import org.bouncycastle.cert.jcajce.JcaX509v3CertificateBuilder;
import org.bouncycastle.operator.OperatorCreationException;
import org.bouncycastle.operator.jcajce.JcaContentSignerBuilder;

/**
 * Writes a PKCS#12 keystore with a fresh key for every {@link KeyPurpose}, each in a self-signed
 * certificate. Dev mode uses it (marking the keys as generated, which production refuses); operators use
 * {@link #main} to create a production keystore.
 */
public final class DevKeystore {

    private DevKeystore() {
    }

    /** Creates the keystore unless it exists. */
    public static void createIfMissing(Path keystore, char[] password) {
        if (Files.exists(keystore)) {
            addMissingPurposes(keystore, password);
            return;
        }
        write(keystore, password, true);
    }

    // A dev keystore written before a purpose existed gets a key for it; the keys it has stay.
    private static void addMissingPurposes(Path keystore, char[] password) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.provider());
            try (var in = Files.newInputStream(keystore)) {
                store.load(in, password);
            }
            boolean added = false;
            for (KeyPurpose purpose : KeyPurpose.values()) {
                if (!store.isKeyEntry(purpose.alias())) {
                    KeyPair pair = generate(purpose);
                    store.setKeyEntry(purpose.alias(), pair.getPrivate(), password, new Certificate[] {selfSigned(pair,
                            "CN=OneWindow " + purpose.alias() + " key, " + KeystoreKeyRing.GENERATED_MARKER, signatureAlgorithm(purpose))});
                    added = true;
                }
            }
            if (added) {
                Path temporary = Files.createTempFile(keystore.toAbsolutePath().getParent(), "keys", ".tmp");
                try (OutputStream out = Files.newOutputStream(temporary)) {
                    store.store(out, password);
                }
                Files.move(temporary, keystore, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
            }
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot update the keystore " + keystore.toAbsolutePath(), e);
        }
    }

    static void write(Path keystore, char[] password, boolean forDevelopment) {
        try {
            KeyStore store = KeyStore.getInstance("PKCS12", BouncyCastle.provider());
            store.load(null, password);
            for (KeyPurpose purpose : KeyPurpose.values()) {
                KeyPair pair = generate(purpose);
                String subject = "CN=OneWindow " + purpose.alias() + " key"
                        + (forDevelopment ? ", " + KeystoreKeyRing.GENERATED_MARKER : "");
                store.setKeyEntry(purpose.alias(), pair.getPrivate(), password,
                        new Certificate[] {selfSigned(pair, subject, signatureAlgorithm(purpose))});
            }
            Files.createDirectories(keystore.toAbsolutePath().getParent());
            Path temporary = Files.createTempFile(keystore.toAbsolutePath().getParent(), "keys", ".tmp");
            try (OutputStream out = Files.newOutputStream(temporary)) {
                store.store(out, password);
            }
            Files.move(temporary, keystore, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException | GeneralSecurityException | OperatorCreationException e) {
            throw new IllegalStateException("Cannot write the keystore " + keystore.toAbsolutePath(), e);
        }
    }

    private static KeyPair generate(KeyPurpose purpose) throws GeneralSecurityException {
        if (purpose.sm2()) {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC", BouncyCastle.provider());
            generator.initialize(new ECGenParameterSpec("sm2p256v1"), new SecureRandom());
            return generator.generateKeyPair();
        }
        return KeyPairGenerator.getInstance("Ed25519", BouncyCastle.provider()).generateKeyPair();
    }

    private static String signatureAlgorithm(KeyPurpose purpose) {
        return purpose.sm2() ? "SM3withSM2" : "Ed25519";
    }

    private static X509Certificate selfSigned(KeyPair pair, String subject, String algorithm)
            throws OperatorCreationException, GeneralSecurityException {
        Instant now = Instant.now();
        X500Name name = new X500Name(subject);
        var builder = new JcaX509v3CertificateBuilder(name, new BigInteger(64, new SecureRandom()),
                Date.from(now.minus(1, ChronoUnit.DAYS)), Date.from(now.plus(3650, ChronoUnit.DAYS)), name, pair.getPublic());
        var signer = new JcaContentSignerBuilder(algorithm).setProvider(BouncyCastle.provider()).build(pair.getPrivate());
        return new JcaX509CertificateConverter().setProvider(BouncyCastle.provider()).getCertificate(builder.build(signer));
    }

    /**
     * Creates a production keystore: {@code java -cp onewindow.jar -Dloader.main=io.onewindow.runtime.keys.DevKeystore
     * org.springframework.boot.loader.launch.PropertiesLauncher <keystore.p12>} with the password in
     * the environment variable {@code ONEWINDOW_KEYS_KEYSTOREPASSWORD}.
     */
    public static void main(String[] args) {
        String password = System.getenv("ONEWINDOW_KEYS_KEYSTOREPASSWORD");
        if (args.length != 1 || password == null || password.isBlank()) {
            System.err.println("usage: ONEWINDOW_KEYS_KEYSTOREPASSWORD=... DevKeystore <keystore.p12>");
            System.exit(2);
        }
        Path keystore = Path.of(args[0]);
        if (Files.exists(keystore)) {
            System.err.println(keystore + " exists; refusing to overwrite keys");
            System.exit(1);
        }
        write(keystore, password.toCharArray(), false);
        System.out.println("Wrote " + keystore.toAbsolutePath() + " with keys: log (Ed25519), log-sm2 (SM2), token (Ed25519), licence (Ed25519), licence-sm2 (SM2)");
    }
}
