package io.onewindow.verifier;

import java.io.IOException;

/**
 * The log did not answer, or answered with an HTTP error: exit status 3. It is an {@link IOException} so
 * that it passes through tlog's tile readers; tiles that arrive but are wrong are
 * {@link io.onewindow.tlog.tiles.InvalidTileException}s instead.
 */
final class LogUnreachableException extends IOException {

    LogUnreachableException(String message) {
        super(message);
    }

    LogUnreachableException(String message, Throwable cause) {
        super(message, cause);
    }
}
