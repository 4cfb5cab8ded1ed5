package io.onewindow.verifier;

import io.onewindow.tlog.CompactRange;
import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.NodeVisitor;
import io.onewindow.tlog.tiles.BundleId;
import io.onewindow.tlog.tiles.InvalidTileException;
import io.onewindow.tlog.tiles.TileId;
import java.io.IOException;
import java.util.ArrayDeque;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Future;

/**
 * Rebuilds a log's Merkle tree from nothing but its entry bundles, and checks every hash tile the log
 * serves for that tree against the rebuilt one. Bundles are fetched and their entries hashed on the
 * {@link LogClient}'s pool, a bounded number ahead; the leaf hashes are then appended in order to a
 * {@link CompactRange}, whose completed subtrees give the tiles of the levels above.
 */
final class TreeRebuild {

    private static final int HASH = MerkleHasher.HASH_SIZE;
    private static final int COMMITMENT_SIZE = 32;
    // Enough bundles queued to keep every request slot busy, few enough to hold little memory.
    private static final int BUNDLES_AHEAD = 8 * LogClient.PARALLEL_REQUESTS;

    private final LogClient log;
    private final Findings findings;

    TreeRebuild(LogClient log, Findings findings) {
        this.log = log;
        this.findings = findings;
    }

    /**
     * Rebuilds the tree of the first {@code size} entries, and the root of the first {@code earlierSize}
     * along the way. Mismatches go to the findings.
     *
     * @throws VerificationFailedException when a bundle is malformed, so that the tree cannot be rebuilt
     */
    RebuiltTree rebuild(long size, long earlierSize) throws IOException, VerificationFailedException {
        UpperTiles upper = new UpperTiles(log, findings);
        NodeVisitor visitor = upper::visit;
        CompactRange range = CompactRange.empty();
        byte[] earlierRoot = earlierSize == 0 ? MerkleHasher.emptyRoot() : null;

        long bundles = (size + TileId.FULL_WIDTH - 1) / TileId.FULL_WIDTH;
        Deque<Future<byte[]>> ahead = new ArrayDeque<>();
        long next = 0;
        try {
            for (long bundle = 0; bundle < bundles; bundle++) {
                while (next < bundles && next < bundle + BUNDLES_AHEAD) {
                    BundleId id = new BundleId(next, TileId.widthAt(0, next, size));
                    ahead.add(log.submit(() -> leafHashes(id)));
                    next++;
                }
                byte[] leaves = awaitBundle(ahead.poll());
                for (int offset = 0; offset < leaves.length; offset += HASH) {
                    range.append(Arrays.copyOfRange(leaves, offset, offset + HASH), visitor);
                    if (range.size() == earlierSize) {
                        earlierRoot = range.rootHash();
                    }
                }
            }
        } finally {
            ahead.forEach(pending -> pending.cancel(true));
        }
        long tiles = bundles + upper.finish();
        return new RebuiltTree(size, range.rootHash(), Optional.ofNullable(earlierRoot), bundles, tiles);
    }

    private byte[] awaitBundle(Future<byte[]> pending) throws IOException, VerificationFailedException {
        try {
            return LogClient.await(pending);
        } catch (InvalidTileException e) {
            findings.add(e.getMessage() + ": the log was altered, and its tree cannot be rebuilt past this bundle");
            throw new VerificationFailedException(findings.lines());
        }
    }

    /** Fetches a bundle, hashes its entries and compares them with the level-0 tile the log serves. */
    private byte[] leafHashes(BundleId bundle) throws IOException {
        List<byte[]> entries = log.entries(bundle);
        MerkleHasher hasher = MerkleHasher.forCurrentThread();
        byte[] leaves = new byte[bundle.width() * HASH];
        for (int i = 0; i < entries.size(); i++) {
            byte[] entry = entries.get(i);
            if (entry.length != COMMITMENT_SIZE) {
                findings.add("entry " + (bundle.firstEntry() + i) + " in " + bundle.path() + " has " + entry.length
                        + " bytes, not the " + COMMITMENT_SIZE + " of a record commitment");
            }
            System.arraycopy(hasher.hashLeaf(entry), 0, leaves, i * HASH, HASH);
        }
        TileId tile = bundle.tile();
        byte[] served;
        try {
            served = log.tile(tile);
        } catch (InvalidTileException e) {
            findings.add(e.getMessage() + ": the log was altered");
            return leaves;
        }
        for (int i = 0; i < bundle.width(); i++) {
            if (!Arrays.equals(leaves, i * HASH, (i + 1) * HASH, served, i * HASH, (i + 1) * HASH)) {
                findings.add("entry " + (bundle.firstEntry() + i) + " in " + bundle.path() + " does not match "
                        + tile.path() + ": the log was altered");
            }
        }
        return leaves;
    }
}
