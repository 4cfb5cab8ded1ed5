package io.onewindow.verifier;

import io.onewindow.tlog.MerkleHasher;
import io.onewindow.tlog.NodeVisitor;
import io.onewindow.tlog.tiles.TileId;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.Future;

/**
 * The tiles of level 1 and up of a tree being rebuilt: it gathers the hashes of Merkle levels 8, 16, …
 * as the tree completes them and has each tile compared with the log's as soon as it is whole, so that
 * only one tile per level is ever held. The partial tiles follow at the end.
 */
final class UpperTiles implements NodeVisitor {

    private static final int HASH = MerkleHasher.HASH_SIZE;

    private final LogClient log;
    private final Findings findings;
    private final List<byte[]> current = new ArrayList<>();
    private final List<Integer> counts = new ArrayList<>();
    private final List<Long> indexes = new ArrayList<>();
    private final List<Future<Void>> comparisons = new ArrayList<>();
    private int compared;

    UpperTiles(LogClient log, Findings findings) {
        this.log = log;
        this.findings = findings;
    }

    @Override
    public void visit(int level, long index, byte[] hash) {
        if (level == 0 || level % TileId.HEIGHT != 0) {
            return;
        }
        int tileLevel = level / TileId.HEIGHT;
        while (current.size() <= tileLevel) {
            current.add(new byte[TileId.FULL_WIDTH * HASH]);
            counts.add(0);
            indexes.add(0L);
        }
        int count = counts.get(tileLevel);
        System.arraycopy(hash, 0, current.get(tileLevel), count * HASH, HASH);
        counts.set(tileLevel, ++count);
        if (count == TileId.FULL_WIDTH) {
            long tileIndex = indexes.get(tileLevel);
            check(new TileId(tileLevel, tileIndex, TileId.FULL_WIDTH), current.get(tileLevel).clone());
            counts.set(tileLevel, 0);
            indexes.set(tileLevel, tileIndex + 1);
        }
    }

    /** Has the partial tiles compared too and waits for every comparison; returns how many tiles were compared. */
    int finish() throws IOException {
        for (int level = 1; level < current.size(); level++) {
            int count = counts.get(level);
            if (count > 0) {
                byte[] partial = Arrays.copyOf(current.get(level), count * HASH);
                check(new TileId(level, indexes.get(level), count), partial);
            }
        }
        for (Future<Void> comparison : comparisons) {
            LogClient.await(comparison);
        }
        return compared;
    }

    private void check(TileId tile, byte[] rebuilt) {
        compared++;
        comparisons.add(log.submit(() -> {
            ServedTileCheck.compare(log, tile, rebuilt, findings);
            return null;
        }));
    }
}
