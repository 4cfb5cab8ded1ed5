package io.onewindow.tlog.tiles;

import java.io.IOException;

/**
 * Thrown when tile data does not belong to the tree it is read for: wrong length, or hashes that do not
 * lead to the trusted root. Unlike other {@link IOException}s it is no transient failure: whoever served
 * the tile served something other than the log it signed.
 */
public class InvalidTileException extends IOException {

    public InvalidTileException(String message) {
        super(message);
    }
}
