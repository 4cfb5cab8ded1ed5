package io.onewindow.verifier;

/** The command line, or a file it names, cannot be used: exit status 2. */
final class UsageException extends Exception {

    UsageException(String message) {
        super(message);
    }

    UsageException(String message, Throwable cause) {
        super(message, cause);
    }
}
