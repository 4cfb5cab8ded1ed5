package io.onewindow.tlog;

import java.io.IOException;
import java.util.List;

/**
 * A source of stored subtree hashes: a database table, tiles, or memory. {@link ProofBuilder} asks for
 * everything one proof needs in a single call, so an implementation can fetch it in one round trip.
 */
@FunctionalInterface
public interface HashReader {

    /**
     * Returns the hash of each node, in the order asked.
     *
     * @throws IOException when the hashes cannot be read
     */
    List<byte[]> readHashes(List<NodeId> nodes) throws IOException;
}
