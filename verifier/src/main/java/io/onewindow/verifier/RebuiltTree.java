package io.onewindow.verifier;

import java.util.Optional;

/**
 * What rebuilding a log's tree from its entries gave.
 *
 * @param size             the number of entries
 * @param rootHash         the root of the tree they make
 * @param earlierRootHash  the root of the tree of the first {@code earlierSize} entries, when asked for
 * @param bundles          the number of entry bundles read
 * @param tiles            the number of hash tiles compared with the rebuilt tree
 */
record RebuiltTree(long size, byte[] rootHash, Optional<byte[]> earlierRootHash, long bundles, long tiles) {
}
