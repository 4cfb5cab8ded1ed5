package io.onewindow.tlog.note;

import java.security.GeneralSecurityException;

/**
 * A key that signs notes (C2SP signed-note). Implementations for algorithms other than Ed25519, such as
 * an SM2 signer backed by a hardware module, live outside this library and plug in here.
 */
public interface NoteSigner {

    /** The key name written on the signature line. */
    String keyName();

    /** The 32-bit key ID written in front of the signature. */
    int keyId();

    /** Signs the note text (its UTF-8 bytes, final newline included). */
    byte[] sign(byte[] text) throws GeneralSecurityException;
}
