package io.onewindow.verifier;

import io.onewindow.tlog.checkpoint.CheckpointVerificationException;
import io.onewindow.tlog.checkpoint.SignedCheckpoint;
import io.onewindow.tlog.note.Ed25519NoteVerifier;
import io.onewindow.tlog.note.KnownVerifiers;
import io.onewindow.tlog.note.NoteSignature;
import java.nio.file.Path;
import java.util.stream.Collectors;

/**
 * The log's Ed25519 verifier key, the one thing an auditor trusts: a C2SP vkey string
 * ({@code <origin>+<hex key id>+<base64 key>}) given on the command line or, as {@code @file}, in a file.
 * Its name is the log's origin, so a checkpoint it opens is also one of the right log.
 */
final class LogKey {

    private final Ed25519NoteVerifier verifier;

    private LogKey(Ed25519NoteVerifier verifier) {
        this.verifier = verifier;
    }

    static LogKey parse(String argument) throws UsageException {
        String text = argument;
        if (argument.startsWith("@")) {
            text = InputFiles.readText(Path.of(argument.substring(1)), "key file");
        }
        try {
            return new LogKey(Ed25519NoteVerifier.parse(text.strip()));
        } catch (IllegalArgumentException e) {
            throw new UsageException("--vkey is not an Ed25519 verifier key (<origin>+<key id>+<base64>): " + e.getMessage());
        }
    }

    /** The log's origin, the key's name. */
    String origin() {
        return verifier.keyName();
    }

    @Override
    public String toString() {
        return verifier.verifierKey().format();
    }

    /**
     * Opens a signed checkpoint with this key: the key's signature must verify, other keys' signatures
     * (an SM2 line, witnesses) are ignored, and the origin must be the key's name.
     *
     * @param from where the checkpoint came from, for the message
     * @throws VerificationFailedException when it does not open
     */
    SignedCheckpoint open(byte[] note, String from) throws VerificationFailedException {
        try {
            return SignedCheckpoint.open(note, origin(), KnownVerifiers.of(verifier));
        } catch (CheckpointVerificationException e) {
            throw new VerificationFailedException("the checkpoint " + from + " does not verify with key " + this + ": " + e.getMessage());
        }
    }

    /** A line about the signatures that were ignored, or an empty string when there were none. */
    static String ignoredSignatures(SignedCheckpoint checkpoint) {
        if (checkpoint.note().unverified().isEmpty()) {
            return "";
        }
        return "ignored signatures by keys not given: " + checkpoint.note().unverified().stream()
                .map(NoteSignature::toString).collect(Collectors.joining(", "));
    }
}
