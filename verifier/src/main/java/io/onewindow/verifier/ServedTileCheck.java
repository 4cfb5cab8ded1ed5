package io.onewindow.verifier;

import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.tiles.InvalidTileException;
import io.onewindow.tlog.tiles.TileId;
import java.io.IOException;
import java.util.Arrays;

/** Compares a hash tile the log serves with the same tile of the tree rebuilt from the entries. */
final class ServedTileCheck {

    private ServedTileCheck() {
    }

    /** Fetches the tile and adds a finding when it differs from {@code rebuilt}. */
    static void compare(LogClient log, TileId tile, byte[] rebuilt, Findings findings) throws IOException {
        byte[] served;
        try {
            served = log.tile(tile);
        } catch (InvalidTileException e) {
            findings.add(e.getMessage() + ": the log was altered");
            return;
        }
        int differing = firstDifference(served, rebuilt);
        if (differing >= 0) {
            findings.add(tile.path() + " does not match the tree rebuilt from the entries (hash " + differing
                    + " differs): the log was altered");
        }
    }

    /** The position of the first hash that differs, or -1 when the tiles are equal. */
    static int firstDifference(byte[] a, byte[] b) {
        int mismatch = Arrays.mismatch(a, b);
        return mismatch < 0 ? -1 : mismatch / MerkleHasher.HASH_SIZE;
    }
}
