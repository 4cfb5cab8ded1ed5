package io.onewindow.tlog.note;

/**
 * A known public key that checks note signatures (C2SP signed-note). The key name and key ID together
 * identify it; a signature line naming both is checked with it.
 */
public interface NoteVerifier {

    /** The key name the signature line must carry. */
    String keyName();

    /** The 32-bit key ID the signature must start with. */
    int keyId();

    /** True if {@code signature} (without the key ID) is a valid signature of the note text. */
    boolean verify(byte[] text, byte[] signature);
}
