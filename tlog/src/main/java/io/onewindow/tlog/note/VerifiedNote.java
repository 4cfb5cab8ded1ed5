package io.onewindow.tlog.note;

import java.util.List;

/**
 * A note whose text at least one known key vouches for.
 *
 * @param text       the note text, final newline included
 * @param verified   the signatures by known keys, each verified, one per key
 * @param unverified the signatures by unknown keys, ignored, for information (e.g. a cosignature whose
 *                   algorithm this reader does not know)
 */
public record VerifiedNote(String text, List<NoteSignature> verified, List<NoteSignature> unverified) {

    public VerifiedNote {
        verified = List.copyOf(verified);
        unverified = List.copyOf(unverified);
    }
}
