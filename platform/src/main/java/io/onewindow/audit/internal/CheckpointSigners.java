package io.onewindow.audit.internal;

import io.onewindow.kernel.crypto.KeyPurpose;
import io.onewindow.kernel.crypto.KeyRing;
import io.onewindow.tlog.note.Ed25519NoteSigner;
import io.onewindow.tlog.note.NoteSigner;
import io.onewindow.tlog.note.VerifierKey;
import java.security.PrivateKey;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** The log's checkpoint signers: the Ed25519 log key, and the SM2 key when there is one and it is wanted. */
@Component
public class CheckpointSigners {

    private final Ed25519NoteSigner ed25519;
    private final Optional<Sm2NoteSigner> sm2;

    CheckpointSigners(KeyRing keys, AuditSettings settings) {
        this.ed25519 = Ed25519NoteSigner.fromSeed(settings.origin(), seed(keys.get(KeyPurpose.LOG).getPrivate()));
        this.sm2 = settings.sm2Cosignature()
                ? keys.find(KeyPurpose.LOG_SM2).map(pair -> new Sm2NoteSigner(settings.origin(), pair))
                : Optional.empty();
    }

    NoteSigner[] all() {
        List<NoteSigner> signers = new ArrayList<>();
        signers.add(ed25519);
        sm2.ifPresent(signers::add);
        return signers.toArray(NoteSigner[]::new);
    }

    /** The Ed25519 verifier key as a C2SP vkey string: what auditors need to check the log. */
    public String verifierKey() {
        return ed25519.verifierKey().format();
    }

    /** The SM2 verifier key string, if checkpoints carry an SM2 signature. */
    public Optional<String> sm2VerifierKey() {
        return sm2.map(Sm2NoteSigner::verifierKey).map(VerifierKey::format);
    }

    // An Ed25519 private key's PKCS#8 encoding (RFC 8410) ends with the 32-byte seed that RFC 8032 and the
    // signed-note key format are built on.
    private static byte[] seed(PrivateKey key) {
        byte[] encoded = key.getEncoded();
        return Arrays.copyOfRange(encoded, encoded.length - 32, encoded.length);
    }
}
