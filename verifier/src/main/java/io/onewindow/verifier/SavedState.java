package io.onewindow.verifier;

import io.onewindow.tlog.checkpoint.SignedCheckpoint;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.Optional;

/**
 * The auditor's memory between runs of {@code verify-log}: the last checkpoint that verified, kept as the
 * signed note exactly as the log served it. A later checkpoint must extend it; that is what makes a
 * rewritten history visible even when the log re-signs it with its own key.
 */
final class SavedState {

    private SavedState() {
    }

    /** The saved checkpoint, or empty when the file does not exist yet or is empty. */
    static Optional<SignedCheckpoint> read(Path file, LogKey key) throws UsageException {
        if (!Files.exists(file)) {
            return Optional.empty();
        }
        String text = InputFiles.readText(file, "state file");
        if (text.isBlank()) {
            return Optional.empty();
        }
        try {
            return Optional.of(key.open(text.getBytes(StandardCharsets.UTF_8), "saved in " + file));
        } catch (VerificationFailedException e) {
            throw new UsageException("the state file " + file + " does not hold a checkpoint of this log: " + e.getMessage());
        }
    }

    /** Replaces the saved checkpoint; readers see the old file or the new one, never half of one. */
    static void write(Path file, byte[] signedCheckpoint) throws UsageException {
        Path directory = file.toAbsolutePath().getParent();
        Path temporary = null;
        try {
            temporary = Files.createTempFile(directory, file.getFileName().toString() + ".", ".tmp");
            try (FileChannel channel = FileChannel.open(temporary, StandardOpenOption.WRITE)) {
                channel.write(ByteBuffer.wrap(signedCheckpoint));
                channel.force(true);
            }
            try {
                Files.move(temporary, file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
            } catch (AtomicMoveNotSupportedException e) {
                Files.move(temporary, file, StandardCopyOption.REPLACE_EXISTING);
            }
        } catch (IOException e) {
            deleteQuietly(temporary);
            throw new UsageException("cannot write the state file " + file + ": " + e.getMessage(), e);
        }
    }

    private static void deleteQuietly(Path temporary) {
        if (temporary != null) {
            try {
                Files.deleteIfExists(temporary);
            } catch (IOException ignored) {
                // The write already failed; that is the error worth reporting.
            }
        }
    }
}
