package io.onewindow.verifier;

import io.onewindow.tlog.note.NoteSigner;
import io.onewindow.tlog.note.VerifierKey;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;

/**
 * A second signer for an algorithm without an assigned type byte (0xFF and an identifier, as the
 * platform marks SM2); ECDSA P-256 from the JDK stands in for SM2, which the verifier does not know.
 */
final class Sm2LikeSigner implements NoteSigner {
    private final String name;
    private final KeyPair keys;
    private final int keyId;

    Sm2LikeSigner(String name) {
        this.name = name;
        try {
            KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
            generator.initialize(256);
            this.keys = generator.generateKeyPair();
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
        byte[] id = "\u00ffsm2".getBytes(StandardCharsets.ISO_8859_1);
        byte[] spki = keys.getPublic().getEncoded();
        byte[] typed = new byte[id.length + spki.length];
        System.arraycopy(id, 0, typed, 0, id.length);
        System.arraycopy(spki, 0, typed, id.length, spki.length);
        this.keyId = VerifierKey.of(name, typed).keyId();
    }

    @Override
    public String keyName() {
        return name;
    }

    @Override
    public int keyId() {
        return keyId;
    }

    @Override
    public byte[] sign(byte[] text) throws GeneralSecurityException {
        Signature signature = Signature.getInstance("SHA256withECDSA");
        signature.initSign(keys.getPrivate());
        signature.update(text);
        return signature.sign();
    }
}
