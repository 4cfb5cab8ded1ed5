package io.onewindow.verifier;

import io.onewindow.tlog.ConsistencyProof;
import java.util.Optional;

/**
 * What rebuilding a log's tree from its entries gave.
 *
 * @param size             the number of entries
 * @param rootHash         the root of the tree they make
 * @param earlierRootHash  the root of the tree of the first {@code earlierSize} entries, when asked for
 * @param consistencyProof the RFC 9162 proof from that earlier tree to this one, built from the rebuilt
 *                         tree, when asked for and the earlier size is not 0
 * @param bundles          the number of entry bundles read
 * @param tiles            the number of hash tiles compared with the rebuilt tree
 */
record RebuiltTree(long size, byte[] rootHash, Optional<byte[]> earlierRootHash,
                   Optional<ConsistencyProof> consistencyProof, long bundles, long tiles) {
}
