package io.onewindow.tlog.checkpoint;

import io.onewindow.tlog.note.KnownVerifiers;
import io.onewindow.tlog.note.NoteSigner;
import io.onewindow.tlog.note.NoteVerificationException;
import io.onewindow.tlog.note.SignedNote;
import io.onewindow.tlog.note.VerifiedNote;
import java.security.GeneralSecurityException;

/**
 * A checkpoint that arrived as a signed note and verified (C2SP tlog-checkpoint, "Signatures"): at least
 * one known key signed it, signatures by unknown keys (witnesses, cosignatures of other algorithms) were
 * ignored, and its origin is the log the reader expects.
 *
 * @param checkpoint the checkpoint
 * @param note       the verified note it came in, with the verified and the ignored signatures
 */
public record SignedCheckpoint(Checkpoint checkpoint, VerifiedNote note) {

    /** Signs a checkpoint; the log's key name should be its origin. */
    public static SignedNote sign(Checkpoint checkpoint, NoteSigner... signers) throws GeneralSecurityException {
        return SignedNote.sign(checkpoint.text(), signers);
    }

    /**
     * Verifies a signed checkpoint of the log with the given origin.
     *
     * @throws CheckpointVerificationException when the note does not verify against the known verifiers,
     *                                         its text is not a checkpoint, or the origin differs
     */
    public static SignedCheckpoint open(byte[] signedNote, String expectedOrigin, KnownVerifiers known)
            throws CheckpointVerificationException {
        VerifiedNote note;
        try {
            note = SignedNote.open(signedNote, known);
        } catch (NoteVerificationException e) {
            throw new CheckpointVerificationException("checkpoint note does not verify: " + e.getMessage(), e);
        }
        Checkpoint checkpoint;
        try {
            checkpoint = Checkpoint.parse(note.text());
        } catch (IllegalArgumentException e) {
            throw new CheckpointVerificationException(e.getMessage(), e);
        }
        if (!checkpoint.origin().equals(expectedOrigin)) {
            throw new CheckpointVerificationException("checkpoint is from '" + checkpoint.origin()
                    + "', not from '" + expectedOrigin + "'");
        }
        return new SignedCheckpoint(checkpoint, note);
    }
}
