package io.onewindow.tlog.note;

import java.util.Optional;

/** Thrown when a signed note cannot be trusted, with the reason. */
public class NoteVerificationException extends Exception {

    /** Why a note was refused. */
    public enum Reason {
        /** The bytes are not a signed note: bad UTF-8, control characters, no signature block, bad lines. */
        MALFORMED,
        /** A signature by a known key does not verify; the whole note is refused (C2SP signed-note). */
        INVALID_SIGNATURE,
        /** No signature is by a known key, so nothing vouches for the text. */
        NO_KNOWN_SIGNATURE,
        /** Two known verifiers share the name and key ID of a signature, so it is unclear which applies. */
        AMBIGUOUS_KEY
    }

    private final Reason reason;
    private final transient SignedNote note;

    public NoteVerificationException(Reason reason, String message) {
        this(reason, message, null);
    }

    public NoteVerificationException(Reason reason, String message, SignedNote note) {
        super(message);
        this.reason = reason;
        this.note = note;
    }

    public Reason reason() {
        return reason;
    }

    /** The parsed but untrusted note, when it was well-formed: for diagnostics only. */
    public Optional<SignedNote> untrustedNote() {
        return Optional.ofNullable(note);
    }
}
