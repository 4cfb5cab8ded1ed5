package io.onewindow.tlog.tiles;

import java.io.IOException;
import java.util.List;

/**
 * A source of tiles: a database table, a file tree, or a remote log's {@code <prefix>/tile/...} URLs.
 * Readers of this library ask for every tile one operation needs in a single call, so an implementation
 * can fetch them in one query or in parallel.
 */
@FunctionalInterface
public interface TileReader {

    /**
     * Returns the content of each tile, in the order asked: exactly {@code width · 32} bytes, the
     * concatenated hashes. A reader that falls back to a full tile when a partial one is gone returns its
     * first {@code width} hashes.
     *
     * @throws IOException when a tile cannot be read
     */
    List<byte[]> readTiles(List<TileId> tiles) throws IOException;
}
