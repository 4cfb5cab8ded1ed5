package io.onewindow.audit.internal;

import io.onewindow.kernel.crypto.BouncyCastle;
import io.onewindow.tlog.note.NoteKeyId;
import io.onewindow.tlog.note.NoteSigner;
import io.onewindow.tlog.note.VerifierKey;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.Signature;
import org.bouncycastle.jce.interfaces.ECPublicKey;

/**
 * Signs checkpoints with an SM2 key (GM/T 0003, SM3withSM2), for relying parties that require national
 * algorithms. SM2 has no signed-note type byte, so its key is typed {@code 0xFF || "sm2" || point} as the
 * spec reserves for such algorithms; verifiers that do not know the key ignore its signature line.
 */
final class Sm2NoteSigner implements NoteSigner {

    private static final byte[] IDENTIFIER = "sm2".getBytes(StandardCharsets.US_ASCII);

    private final String keyName;
    private final KeyPair key;
    private final byte[] typedPublicKey;
    private final int keyId;

    Sm2NoteSigner(String keyName, KeyPair key) {
        this.keyName = keyName;
        this.key = key;
        ByteArrayOutputStream typed = new ByteArrayOutputStream();
        typed.write(VerifierKey.TYPE_UNASSIGNED);
        typed.writeBytes(IDENTIFIER);
        typed.writeBytes(((ECPublicKey) key.getPublic()).getQ().getEncoded(false));
        this.typedPublicKey = typed.toByteArray();
        this.keyId = NoteKeyId.compute(keyName, typedPublicKey);
    }

    @Override
    public String keyName() {
        return keyName;
    }

    @Override
    public int keyId() {
        return keyId;
    }

    @Override
    public byte[] sign(byte[] text) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SM3withSM2", BouncyCastle.provider());
        signature.initSign(key.getPrivate());
        signature.update(text);
        return signature.sign();
    }

    VerifierKey verifierKey() {
        return VerifierKey.of(keyName, typedPublicKey);
    }
}
