/**
 * Signed notes (C2SP signed-note): text signed by one or more keys, each signature line naming the key
 * and carrying its 32-bit key ID.
 *
 * <p>{@link io.onewindow.tlog.note.SignedNote} formats, parses and verifies notes against
 * {@link io.onewindow.tlog.note.KnownVerifiers}: signatures by unknown keys are ignored, every signature
 * by a known key must verify, and at least one must. Ed25519 (signature type 0x01) is built in, on the
 * JDK's own {@code Ed25519}; keys are exchanged as the verifier and signer key strings of Go's
 * {@code golang.org/x/mod/sumdb/note}.
 *
 * <p>Other algorithms plug in through {@link io.onewindow.tlog.note.NoteSigner} and
 * {@link io.onewindow.tlog.note.NoteVerifier}. The specification assigns type bytes to a few algorithms
 * and reserves 0xFF for the rest, recommending that a longer identifier follow it; an algorithm without
 * an assigned byte (such as SM2) should therefore use 0xFF and its own identifier as the prefix of its key
 * material, which fixes its key ID as {@code SHA-256(name || 0x0A || 0xFF || identifier || public key)[:4]}
 * ({@link io.onewindow.tlog.note.VerifierKey#of}). This library parses key strings of any type but
 * implements only Ed25519; a reader without a verifier for a key simply ignores its signatures, which is
 * how an SM2 cosignature rides along an Ed25519-signed checkpoint.
 */
package io.onewindow.tlog.note;
