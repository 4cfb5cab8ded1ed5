package io.onewindow.tlog.checkpoint;

/**
 * Thrown when a signed checkpoint cannot be trusted: its note does not verify (the cause says why), its
 * text is not a checkpoint, or it is from another log.
 */
public class CheckpointVerificationException extends Exception {

    public CheckpointVerificationException(String message) {
        super(message);
    }

    public CheckpointVerificationException(String message, Throwable cause) {
        super(message, cause);
    }
}
